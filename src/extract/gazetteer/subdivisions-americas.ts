/**
 * First-level subdivisions of Canada and the United States and the administrative
 * regions of Québec, in French and English. One line per place:
 * `country|kind|name;alias;…|seat|flags` where seat is the capital whose coordinates
 * stand for the place and flag `cue` means the name is also a common word or given name
 * and needs a cue (à, en, in, région de…) to count.
 */
export const AMERICAS = `
CA|province|Québec;Quebec;Belle Province;Province de Québec;Province of Quebec|Québec
CA|province|Ontario|Toronto
CA|province|Nouveau-Brunswick;New Brunswick|Fredericton
CA|province|Nouvelle-Écosse;Nova Scotia|Halifax
CA|province|Île-du-Prince-Édouard;Prince Edward Island|Charlottetown
CA|province|Terre-Neuve-et-Labrador;Newfoundland and Labrador|St. John's
CA|region|Terre-Neuve;Newfoundland|St. John's
CA|province|Labrador|St. John's|cue
CA|province|Manitoba|Winnipeg
CA|province|Saskatchewan|Regina
CA|province|Alberta|Edmonton
CA|province|Colombie-Britannique;British Columbia|Victoria
CA|territory|Yukon|Whitehorse
CA|territory|Territoires du Nord-Ouest;Northwest Territories|Yellowknife
CA|territory|Nunavut|Iqaluit
CA|region|Bas-Saint-Laurent|Rimouski
CA|region|Saguenay–Lac-Saint-Jean;Saguenay-Lac-Saint-Jean;Lac-Saint-Jean|Saguenay
CA|region|Capitale-Nationale|Québec
CA|region|Mauricie|Trois-Rivières
CA|region|Estrie;Cantons-de-l'Est;Eastern Townships|Sherbrooke
CA|region|Outaouais|Gatineau
CA|region|Abitibi-Témiscamingue;Abitibi;Témiscamingue|Rouyn-Noranda
CA|region|Côte-Nord|Baie-Comeau
CA|region|Nord-du-Québec|Chibougamau
CA|region|Gaspésie–Îles-de-la-Madeleine;Gaspésie-Îles-de-la-Madeleine;Gaspésie;Îles-de-la-Madeleine|Gaspé
CA|region|Chaudière-Appalaches|Lévis
CA|region|Lanaudière|Joliette
CA|region|Laurentides|Saint-Jérôme
CA|region|Montérégie|Longueuil
CA|region|Centre-du-Québec|Drummondville
CA|region|Charlevoix|Baie-Saint-Paul
CA|region|Beauce|Saint-Georges|cue
US|state|Alabama|Montgomery
US|state|Alaska|Juneau
US|state|Arizona|Phoenix
US|state|Arkansas|Little Rock
US|state|Californie;California|Sacramento
US|state|Caroline du Nord;North Carolina|Raleigh
US|state|Caroline du Sud;South Carolina|Columbia
US|state|Colorado|Denver
US|state|Connecticut|Hartford
US|state|Dakota du Nord;North Dakota|Bismarck
US|state|Dakota du Sud;South Dakota|Pierre
US|state|Delaware|Dover
US|state|Floride;Florida|Tallahassee
US|state|Hawaï;Hawaii|Honolulu
US|state|Idaho|Boise
US|state|Illinois|Springfield
US|state|Indiana|Indianapolis
US|state|Iowa|Des Moines
US|state|Kansas|Topeka
US|state|Kentucky|Frankfort
US|state|Louisiane;Louisiana|Baton Rouge
US|state|Maine|Augusta
US|state|Maryland|Annapolis
US|state|Massachusetts|Boston
US|state|Michigan|Lansing
US|state|Minnesota|Saint Paul
US|state|Mississippi|Jackson
US|state|Missouri|Jefferson City
US|state|Montana|Helena
US|state|Nebraska|Lincoln
US|state|Nevada|Carson City
US|state|New Hampshire|Concord
US|state|New Jersey|Trenton
US|state|Nouveau-Mexique;New Mexico|Santa Fe
US|state|État de New York;New York State|Albany
US|state|Ohio|Columbus
US|state|Oklahoma|Oklahoma City
US|state|Oregon;Orégon|Salem
US|state|Pennsylvanie;Pennsylvania|Harrisburg
US|state|Rhode Island|Providence
US|state|Tennessee|Nashville
US|state|Texas|Austin
US|state|Utah|Salt Lake City
US|state|Vermont|Montpelier
US|state|Virginie;Virginia|Richmond|cue
US|state|Virginie-Occidentale;West Virginia|Charleston
US|state|État de Washington;Washington State|Olympia
US|state|Wisconsin|Madison
US|state|Wyoming|Cheyenne
US|state|Porto Rico;Puerto Rico|San Juan
MX|state|Basse-Californie;Baja California|Mexicali
MX|state|Yucatán;Yucatan|Mérida
MX|state|Jalisco|Guadalajara
MX|state|Nuevo León;Nuevo Leon|Monterrey
MX|state|Sonora|Hermosillo
MX|state|Chihuahua|Chihuahua
BR|state|Bahia|Salvador
BR|state|Minas Gerais|Belo Horizonte
`;
