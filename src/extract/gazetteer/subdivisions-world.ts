/**
 * Subdivisions of Belgium, Germany, Switzerland, Morocco, Senegal, Côte d'Ivoire, South
 * Korea and others, the nations and regions of the United Kingdom (historic and ceremonial ones
 * included: Argyll, the Highlands), cultural regions of the United States, in French and
 * English, in the line format of subdivisions-americas.ts.
 * subdivisions-data.json holds first-level units under their local names only ("Kärnten",
 * "Puglia"); no package in node_modules gives their English and French exonyms, so the usual
 * ones of the main European countries are listed here by hand. Islands and island groups
 * that are political units or the usual name of one (an island council, an autonomous
 * region, a province made of one island) are listed too: the cities package has no islands.
 */
export const WORLD_SUBDIVISIONS = `
BE|region|Wallonie;Wallonia;Région wallonne|Namur
BE|region|Flandre;Flanders;Région flamande|Brussels
BE|region|Bruxelles-Capitale;Région de Bruxelles-Capitale;Brussels-Capital Region|Brussels
BE|region|Wallonie-Bruxelles;Communauté française de Belgique|Brussels
BE|province|Brabant wallon;Walloon Brabant|Wavre
BE|province|Brabant flamand;Flemish Brabant|Leuven
BE|province|Hainaut|Mons
BE|province|Limbourg;Limburg|Hasselt
BE|province|Flandre-Occidentale;West Flanders|Brugge
BE|province|Flandre-Orientale;East Flanders|Gent
DE|land|Bade-Wurtemberg;Baden-Württemberg|Stuttgart
DE|land|Bavière;Bavaria;Bayern|Munich
DE|land|Brandebourg;Brandenburg|Potsdam
DE|land|Hesse;Hessen|Wiesbaden
DE|land|Basse-Saxe;Lower Saxony;Niedersachsen|Hannover
DE|land|Mecklembourg-Poméranie-Occidentale;Mecklenburg-Vorpommern;Mecklenburg-Western Pomerania|Schwerin
DE|land|Rhénanie-du-Nord-Westphalie;North Rhine-Westphalia;Nordrhein-Westfalen|Düsseldorf
DE|land|Rhénanie-Palatinat;Rhineland-Palatinate;Rheinland-Pfalz|Mainz
DE|land|Sarre;Saarland|Saarbrücken
DE|land|Saxe;Saxony;Sachsen|Dresden
DE|land|Saxe-Anhalt;Saxony-Anhalt;Sachsen-Anhalt|Magdeburg
DE|land|Schleswig-Holstein|Kiel
DE|land|Thuringe;Thuringia;Thüringen|Erfurt
DE|land|Brême;Bremen|Bremen
DE|land|Hambourg;Hamburg|Hamburg
CH|canton|Vaud|Lausanne
CH|canton|Valais|Sion
CH|canton|Tessin;Ticino|Bellinzona
CH|canton|Grisons;Graubünden|Chur
CH|canton|Argovie;Aargau|Aarau
CH|canton|Thurgovie;Thurgau|Frauenfeld
CH|canton|Soleure;Solothurn|Solothurn
CH|canton|Bâle-Ville;Basel-Stadt|Basel
CH|canton|Bâle-Campagne;Basel-Landschaft|Liestal
CH|canton|Zoug;Zug|Zug
CH|canton|Glaris;Glarus|Glarus
CH|canton|Schaffhouse;Schaffhausen|Schaffhausen
CH|canton|Saint-Gall;St. Gallen|Sankt Gallen
CH|canton|Appenzell|Appenzell
CH|canton|Nidwald;Nidwalden|Stans
CH|canton|Obwald;Obwalden|Sarnen
MA|region|Tanger-Tétouan-Al Hoceïma;Tanger-Tetouan-Al Hoceima|Tangier
MA|region|Oriental;L'Oriental;Région de l'Oriental|Oujda-Angad|cue
MA|region|Fès-Meknès;Fes-Meknes|Fès
MA|region|Rabat-Salé-Kénitra|Rabat
MA|region|Béni Mellal-Khénifra|Beni Mellal
MA|region|Casablanca-Settat|Casablanca
MA|region|Marrakech-Safi|Marrakesh
MA|region|Drâa-Tafilalet|Errachidia
MA|region|Souss-Massa|Agadir
MA|region|Guelmim-Oued Noun|Guelmim
MA|region|Laâyoune-Sakia El Hamra|Laayoune
MA|region|Dakhla-Oued Ed-Dahab|Dakhla
SN|region|Diourbel|Diourbel
SN|region|Fatick|Fatick
SN|region|Kaffrine|Kaffrine
SN|region|Kaolack|Kaolack
SN|region|Kédougou|Kédougou
SN|region|Kolda|Kolda
SN|region|Louga|Louga
SN|region|Matam|Matam
SN|region|Sédhiou|Sédhiou
SN|region|Tambacounda|Tambacounda
SN|region|Thiès|Thiès
SN|region|Ziguinchor|Ziguinchor
SN|region|Casamance|Ziguinchor
CI|district|Bas-Sassandra|San-Pédro
CI|district|Comoé|Abengourou
CI|district|Denguélé|Odienné
CI|district|Gôh-Djiboua|Gagnoa
CI|district|Sassandra-Marahoué|Daloa
CI|district|Vallée du Bandama|Bouaké
CI|district|Woroba|Séguéla
CI|district|Zanzan|Bondoukou
KR|province|Gyeonggi;Gyeonggi-do|Suwon
KR|province|Gangwon;Gangwon-do|Chuncheon
KR|province|Chungcheong du Nord;North Chungcheong;Chungcheongbuk-do|Cheongju-si
KR|province|Chungcheong du Sud;South Chungcheong;Chungcheongnam-do|Hongseong
KR|province|Jeolla du Nord;North Jeolla;Jeollabuk-do|Jeonju
KR|province|Jeolla du Sud;South Jeolla;Jeollanam-do|Muan
KR|province|Gyeongsang du Nord;North Gyeongsang;Gyeongsangbuk-do|Andong
KR|province|Gyeongsang du Sud;South Gyeongsang;Gyeongsangnam-do|Changwon
KR|province|Jeju;Jeju-do|Jeju City
AU|state|Nouvelle-Galles du Sud;New South Wales|Sydney
AU|state|Queensland|Brisbane
AU|state|Australie-Occidentale;Western Australia|Perth
AU|state|Australie-Méridionale;South Australia|Adelaide
AU|state|Tasmanie;Tasmania|Hobart
CN|province|Guangdong|Guangzhou
CN|province|Jiangsu|Nanjing
CN|province|Zhejiang|Hangzhou
CN|province|Shandong|Jinan
CN|province|Sichuan|Chengdu
CN|province|Hubei|Wuhan
CN|province|Hunan|Changsha
CN|province|Fujian|Fuzhou
CN|province|Yunnan|Kunming
CN|province|Shaanxi|Xi'an
CN|province|Liaoning|Shenyang
CN|province|Heilongjiang|Harbin
CN|province|Hebei|Shijiazhuang
CN|province|Henan|Zhengzhou
CN|province|Anhui|Hefei
CN|province|Xinjiang|Ürümqi
CN|province|Tibet|Lhasa
CN|province|Mongolie-Intérieure;Inner Mongolia|Hohhot
ES|region|Galice;Galicia|Santiago de Compostela
AT|land|Carinthie;Carinthia|Klagenfurt
AT|land|Styrie;Styria|Graz
AT|land|Basse-Autriche;Lower Austria|Sankt Pölten
AT|land|Haute-Autriche;Upper Austria|Linz
AT|land|Tyrol|Innsbruck
IT|region|Tyrol du Sud;South Tyrol;Haut-Adige|Bolzano
IT|region|Trentin-Haut-Adige;Trentino-South Tyrol;Trentino-Alto Adige|Trento
IT|region|Frioul-Vénétie Julienne;Friuli Venezia Giulia;Frioul|Trieste
IT|region|Vallée d'Aoste;Aosta Valley|Aosta
IT|region|Latium|Rome
IT|region|Campanie;Campania|Naples
IT|region|Pouilles;Apulia|Bari
IT|region|Calabre;Calabria|Catanzaro
IT|region|Abruzzes;Abruzzo|L'Aquila
IT|region|Ombrie;Umbria|Perugia
IT|region|Basilicate;Basilicata|Potenza
ES|region|Pays basque espagnol;Basque Country|Vitoria-Gasteiz
ES|region|Communauté valencienne;Valencian Community|Valencia
ES|region|Îles Baléares;Baléares;Balearic Islands;Balearics|Palma
ES|region|Îles Canaries;Canaries;Canary Islands|Santa Cruz de Tenerife
ES|region|Asturies;Asturias|Oviedo
ES|region|Cantabrie;Cantabria|Santander
ES|region|Navarre;Navarra|Pamplona
ES|region|Castille-et-León;Castile and León;Castile and Leon|Valladolid
ES|region|Castille-La Manche;Castilla-La Mancha|Toledo
ES|region|Estrémadure;Extremadura|Mérida
ES|region|Andalucía|Seville
PT|region|Açores;Azores|Ponta Delgada
PT|region|Madère;Madeira|Funchal
PL|region|Silésie;Silesia|Katowice
PL|region|Poméranie;Pomerania|Gdańsk
PL|region|Petite-Pologne;Lesser Poland|Kraków
PL|region|Grande-Pologne;Greater Poland|Poznań
PL|region|Mazovie;Masovia|Warsaw
CZ|region|Bohême;Bohemia|Prague
CZ|region|Moravie;Moravia|Brno
NL|province|Hollande-Septentrionale;North Holland|Haarlem
NL|province|Hollande-Méridionale;South Holland|The Hague
NL|province|Zélande;Zeeland|Middelburg
NL|province|Frise;Friesland|Leeuwarden
NL|province|Gueldre;Gelderland|Arnhem

GR|region|Crète;Crete|Heraklion|cue
GR|region|Attique;Attica|Athens
GR|region|Péloponnèse;Peloponnese|Tripoli
GR|region|Thessalie;Thessaly|Larissa
GR|region|Épire;Epirus|Ioannina
SE|region|Scanie;Scania;Skåne|Malmö
RO|region|Transylvanie;Transylvania|Cluj-Napoca
PT|region|Algarve|Faro
HR|region|Dalmatie;Dalmatia|Split
HR|region|Istrie;Istria|Pazin
RS|province|Voïvodine;Vojvodina|Novi Sad
UA|region|Crimée;Crimea|Simferopol
UA|region|Donbass;Donbas|Donetsk
MD|region|Transnistrie;Transnistria|Tiraspol
GE|region|Abkhazie;Abkhazia|Sukhumi
GE|region|Ossétie du Sud;South Ossetia|Tskhinvali
GE|region|Adjarie;Adjara|Batumi
AZ|region|Haut-Karabakh;Nagorno-Karabakh|Stepanakert
RU|republic|Carélie;Karelia|Petrozavodsk
ES|region|Castille;Castile|Valladolid
ES|region|Aragon|Zaragoza
IT|region|Piémont;Piedmont|Turin
IT|region|Vénétie;Veneto|Venice
IT|region|Émilie-Romagne;Emilia-Romagna|Bologna
IT|region|Ligurie;Liguria|Genoa
ES|island|Majorque;Majorca;Mallorca|Palma
ES|island|Minorque;Minorca;Menorca|Mahón
ES|island|Grande Canarie;Gran Canaria|Las Palmas de Gran Canaria
PH|island|Mindanao|Davao
PH|island|Visayas|Cebu City
ID|island|Sumatra;Sumatera|Medan
ID|island|Sulawesi;Célèbes|Makassar
ID|island|Kalimantan|Banjarmasin
PG|region|Bougainville|Arawa|cue
DK|island|Bornholm|Rønne
GB|island|Shetland;Shetlands|Lerwick
GB|island|Anglesey|Holyhead
GR|island|Lesbos;Lesvos|Mytilene
EC|island|Galápagos;Galapagos;Îles Galápagos;Galápagos Islands;Galapagos Islands|Puerto Baquerizo Moreno
MU|island|Rodrigues|Port Mathurin|cue
PF|island|Tahiti|Papeete
US|island|Oahu;Oʻahu|Honolulu
US|island|Maui|Kahului
GB|region|East Midlands|Nottingham
GB|region|West Midlands|Birmingham
GB|region|Midlands|Birmingham
GB|region|North East England;North East of England|Newcastle upon Tyne
GB|region|North West England;North West of England|Manchester
GB|region|Yorkshire and the Humber;Yorkshire|Leeds
GB|region|East of England|Cambridge
GB|region|South East England;South East of England|Guildford
GB|region|South West England;South West of England|Bristol
GB|nation|Écosse;Scotland|Edinburgh
GB|nation|Angleterre;England|London
GB|nation|Pays de Galles;Wales|Cardiff
GB|nation|Irlande du Nord;Northern Ireland|Belfast
GB|region|Highlands;Highlands écossaises;Scottish Highlands|Inverness|cue
GB|region|Lowlands;Basses-Terres;Scottish Lowlands|Glasgow|cue
GB|region|Argyll|Oban
GB|region|Lothian;Lothians|Edinburgh
GB|region|Galloway|Stranraer
GB|region|Caithness|Wick
GB|region|Cotswolds|Cirencester
GB|region|Lake District|Keswick
GB|region|East Anglia|Norwich
GB|region|Black Country|Wolverhampton
GB|region|Home Counties|London
US|region|Acadiana|Lafayette
US|region|Appalachia;Appalachie|
US|region|Pacific Northwest;Nord-Ouest Pacifique|Seattle
US|region|Deep South|
US|region|Great Plains;Grandes Plaines|
US|region|Rust Belt|
US|region|Sun Belt|
US|region|Bay Area|San Francisco|cue
`;

/**
 * Continents, seas and regions that span borders, in French and English (no seat:
 * they carry no coordinates).
 */
export const MACRO_REGIONS = `
*|continent|Europe
*|continent|Afrique;Africa
*|continent|Asie;Asia
*|continent|Amérique du Nord;North America
*|continent|Amérique du Sud;South America
*|continent|Amérique latine;Latin America
*|continent|Amérique centrale;Central America
*|continent|Amériques;Americas
*|continent|Océanie;Oceania
*|continent|Antarctique;Antarctica
*|region|Moyen-Orient;Middle East
*|region|Proche-Orient;Near East
*|region|Extrême-Orient;Far East
*|region|Maghreb
*|region|Sahel
*|region|Afrique du Nord;North Africa
*|region|Afrique de l'Ouest;West Africa
*|region|Afrique de l'Est;East Africa
*|region|Afrique centrale;Central Africa
*|region|Afrique australe;Southern Africa
*|region|Afrique subsaharienne;Sub-Saharan Africa
*|region|Europe de l'Est;Eastern Europe
*|region|Europe de l'Ouest;Western Europe
*|region|Europe centrale;Central Europe
*|region|Europe du Nord;Northern Europe
*|region|Scandinavie;Scandinavia
*|region|Balkans
*|region|Caraïbes;Caribbean
*|region|Antilles
*|region|Asie du Sud-Est;Southeast Asia
*|region|Asie centrale;Central Asia
*|region|Asie-Pacifique;Asia-Pacific
*|region|Nouvelle-Angleterre;New England
*|region|Canada atlantique;Atlantic Canada
*|region|Provinces maritimes;Maritimes;Maritime provinces
*|region|Prairies|cue
*|region|Grands Lacs;Great Lakes
*|region|Midwest
*|region|Acadie;Acadia
ES|region|Catalogne;Catalonia|Barcelona
ES|region|Andalousie;Andalusia|Seville
IT|region|Toscane;Tuscany|Florence
IT|region|Lombardie;Lombardy|Milan
IT|region|Sicile;Sicily|Palermo
IT|region|Sardaigne;Sardinia|Cagliari
*|island|Bornéo;Borneo
*|region|Sibérie;Siberia
*|region|Patagonie;Patagonia
*|region|Laponie;Lapland
*|sea|Méditerranée;Mediterranean;Mer Méditerranée;Mediterranean Sea
*|sea|Atlantique;Atlantic;Océan Atlantique;Atlantic Ocean
*|sea|Pacifique;Pacific;Océan Pacifique;Pacific Ocean
*|sea|Océan Indien;Indian Ocean
*|sea|Arctique;Arctic
*|sea|Mer du Nord;North Sea
*|sea|Mer Baltique;Baltic Sea
*|sea|Mer Noire;Black Sea
*|sea|Manche;English Channel|cue
*|sea|Sahara
`;
