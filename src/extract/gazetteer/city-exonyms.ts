/**
 * French (and a few English) names of large foreign cities that GeoNames lists under
 * another name: `exonym|GeoNames name|country`, one per line.
 */
export const CITY_EXONYMS = `
Londres|London|GB
Édimbourg|Edinburgh|GB
Moscou|Moscow|RU
Saint-Pétersbourg|Saint Petersburg|RU
Pékin|Beijing|CN
Canton|Guangzhou|CN
Varsovie|Warsaw|PL
Cracovie|Kraków|PL
Bruxelles|Brussels|BE
Anvers|Antwerpen|BE
Antwerp|Antwerpen|BE
Gand|Gent|BE
Ghent|Gent|BE
Bruges|Brugge|BE
Louvain|Leuven|BE
Genève|Genève|CH
Geneva|Genève|CH
Bâle|Basel|CH
Berne|Bern|CH
Cologne|Köln|DE
Francfort|Frankfurt am Main|DE
Frankfurt|Frankfurt am Main|DE
Hambourg|Hamburg|DE
Nuremberg|Nürnberg|DE
Dresde|Dresden|DE
Hanovre|Hannover|DE
Brême|Bremen|DE
Mayence|Mainz|DE
Trèves|Trier|DE
Coblence|Koblenz|DE
Ratisbonne|Regensburg|DE
Aix-la-Chapelle|Aachen|DE
Sarrebruck|Saarbrücken|DE
Fribourg-en-Brisgau|Freiburg|DE
Vienne|Vienna|AT
Venise|Venice|IT
Gênes|Genoa|IT
Lisbonne|Lisbon|PT
Séville|Sevilla|ES
Seville|Sevilla|ES
Barcelone|Barcelona|ES
Saragosse|Zaragoza|ES
Le Caire|Cairo|EG
Alger|Algiers|DZ
Tanger|Tangier|MA
Fez|Fès|MA
Meknes|Meknès|MA
Marrakech|Marrakesh|MA
Oujda|Oujda-Angad|MA
Copenhague|Copenhagen|DK
Athènes|Athens|GR
Bucarest|Bucharest|RO
Bombay|Mumbai|IN
Calcutta|Kolkata|IN
La Nouvelle-Orléans|New Orleans|US
Nouvelle-Orléans|New Orleans|US
New York|New York City|US
Washington|Washington, D.C.|US
Le Cap|Cape Town|ZA
Jérusalem|Jerusalem|IL
Beyrouth|Beirut|LB
Damas|Damascus|SY
Bagdad|Baghdad|IQ
Téhéran|Tehran|IR
Hanoï|Hanoi|VN
Hô Chi Minh-Ville|Ho Chi Minh City|VN
La Havane|Havana|CU
Saint-Domingue|Santo Domingo|DO
La Haye|The Hague|NL
Kiev|Kyiv|UA
Quebec City|Québec|CA
Québec City|Québec|CA
Montreal|Montréal|CA
`;
