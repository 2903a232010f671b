/**
 * First-level subdivisions that country-region-data 4.1.0 lists under a superseded
 * division or leaves out, from their ISO 3166-2 lists: Madagascar's regions (2004,
 * Vatovavy and Fitovinany split in 2021; the package has the six former provinces),
 * Burkina Faso's thirteen regions and the seventeen of the 2025 reform (the package has
 * the provinces only), Cameroon's ten regions, Haiti's ten departments, Togo's five
 * regions (two in the package), the Democratic Republic of the Congo's twenty-six
 * provinces (2015; the package has the eleven former ones), the provinces of the
 * Philippines (the package has the regions only) and the English names of Indonesia's
 * provinces. Read by build-subdivisions.ts, in the package's shape: a region of the same
 * first name replaces the package's; "A/B" gives two names of one region.
 */
export const SUBDIVISION_UPDATES: readonly { readonly countryShortCode: string; readonly regions: readonly { readonly name: string }[] }[] = [
  country('MG', [
    'Alaotra-Mangoro', "Amoron'i Mania", 'Analamanga', 'Analanjirofo', 'Androy', 'Anosy', 'Atsimo-Andrefana', 'Atsimo-Atsinanana',
    'Atsinanana', 'Betsiboka', 'Boeny', 'Bongolava', 'Diana', 'Haute Matsiatra/Matsiatra Ambony', 'Ihorombe', 'Itasy', 'Melaky',
    'Menabe', 'Sava', 'Sofia', 'Vakinankaratra', 'Vatovavy', 'Fitovinany', 'Vatovavy-Fitovinany',
  ]),
  country('BF', [
    'Boucle du Mouhoun', 'Cascades', 'Centre', 'Centre-Est', 'Centre-Nord', 'Centre-Ouest', 'Centre-Sud', 'Est', 'Hauts-Bassins',
    'Nord', 'Plateau-Central', 'Sahel', 'Sud-Ouest',
    'Bankui', 'Djôrô', 'Goulmou', 'Guiriko', 'Kuilsé', 'Liptako', 'Nando', 'Nakambé', 'Nazinon', 'Oubri', 'Sirba', 'Tannounyan', 'Yaadga',
  ]),
  country('CM', [
    'Adamaoua/Adamawa', 'Centre', 'Est/East', 'Extrême-Nord/Far North', 'Littoral', 'Nord/North', 'Nord-Ouest/Northwest', 'Ouest/West',
    'Sud/South', 'Sud-Ouest/Southwest',
  ]),
  country('HT', ['Artibonite', 'Centre', "Grand'Anse", 'Nippes', 'Nord', 'Nord-Est', 'Nord-Ouest', 'Ouest', 'Sud', 'Sud-Est']),
  country('TG', ['Centrale', 'Kara', 'Maritime', 'Plateaux', 'Savanes']),
  country('CD', [
    'Kinshasa', 'Kongo-Central', 'Kwango', 'Kwilu', 'Mai-Ndombe', 'Kasaï', 'Kasaï-Central', 'Kasaï-Oriental', 'Lomami', 'Sankuru',
    'Maniema', 'Sud-Kivu', 'Nord-Kivu', 'Ituri', 'Haut-Uele', 'Tshopo', 'Bas-Uele', 'Nord-Ubangi', 'Mongala', 'Sud-Ubangi', 'Équateur',
    'Tshuapa', 'Tanganyika', 'Haut-Lomami', 'Lualaba', 'Haut-Katanga',
  ]),
  country('PH', [
    'Abra', 'Agusan del Norte', 'Agusan del Sur', 'Aklan', 'Albay', 'Antique', 'Apayao', 'Aurora', 'Basilan', 'Bataan', 'Batanes',
    'Batangas', 'Benguet', 'Biliran', 'Bohol', 'Bukidnon', 'Bulacan', 'Cagayan', 'Camarines Norte', 'Camarines Sur', 'Camiguin',
    'Capiz', 'Catanduanes', 'Cavite', 'Cebu', 'Cotabato', 'Davao de Oro', 'Davao del Norte', 'Davao del Sur', 'Davao Occidental',
    'Davao Oriental', 'Dinagat Islands', 'Eastern Samar', 'Guimaras', 'Ifugao', 'Ilocos Norte', 'Ilocos Sur', 'Iloilo', 'Isabela',
    'Kalinga', 'La Union', 'Laguna', 'Lanao del Norte', 'Lanao del Sur', 'Leyte', 'Maguindanao del Norte', 'Maguindanao del Sur',
    'Marinduque', 'Masbate', 'Misamis Occidental', 'Misamis Oriental', 'Negros Occidental', 'Negros Oriental',
    'Northern Samar', 'Nueva Ecija', 'Nueva Vizcaya', 'Occidental Mindoro', 'Oriental Mindoro', 'Palawan', 'Pampanga', 'Pangasinan',
    'Quezon', 'Quirino', 'Rizal', 'Romblon', 'Samar', 'Sarangani', 'Siquijor', 'Sorsogon', 'South Cotabato', 'Southern Leyte',
    'Sultan Kudarat', 'Sulu', 'Surigao del Norte', 'Surigao del Sur', 'Tarlac', 'Tawi-Tawi', 'Zambales', 'Zamboanga del Norte',
    'Zamboanga del Sur', 'Zamboanga Sibugay', 'Metro Manila',
  ]),
  country('ID', [
    'Jakarta Raya/Jakarta', 'Jawa Barat/West Java', 'Jawa Tengah/Central Java', 'Jawa Timur/East Java', 'Kalimantan Barat/West Kalimantan',
    'Kalimantan Selatan/South Kalimantan', 'Kalimantan Tengah/Central Kalimantan', 'Kalimantan Timur/East Kalimantan',
    'Kalimantan Utara/North Kalimantan', 'Kepulauan Riau/Riau Islands', 'Maluku Utara/North Maluku', 'Nusa Tenggara Barat/West Nusa Tenggara',
    'Nusa Tenggara Timur/East Nusa Tenggara', 'Papua Barat/West Papua', 'Sulawesi Selatan/South Sulawesi', 'Sulawesi Tengah/Central Sulawesi',
    'Sulawesi Tenggara/Southeast Sulawesi', 'Sulawesi Utara/North Sulawesi', 'Sumatera Barat/West Sumatra', 'Sumatera Selatan/South Sumatra',
    'Sumatera Utara/North Sumatra',
  ]),
];

function country(countryShortCode: string, names: readonly string[]): { countryShortCode: string; regions: { name: string }[] } {
  return { countryShortCode, regions: names.map((name) => ({ name })) };
}
