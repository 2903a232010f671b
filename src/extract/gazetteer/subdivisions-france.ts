/**
 * French régions (current and pre-2016), historical provinces and départements, in the
 * line format of subdivisions-americas.ts. Départements named after a river or a common
 * word carry the `cue` flag ("dans l'Aube", "en Dordogne", "département du Nord").
 */
export const FRANCE = `
FR|region|Île-de-France|Paris
FR|region|Centre-Val de Loire;Val de Loire|Orléans
FR|region|Bourgogne-Franche-Comté|Dijon
FR|region|Normandie;Normandy|Rouen
FR|region|Hauts-de-France|Lille
FR|region|Grand Est|Strasbourg
FR|region|Pays de la Loire|Nantes
FR|region|Bretagne;Brittany|Rennes
FR|region|Nouvelle-Aquitaine|Bordeaux
FR|region|Occitanie;Occitania|Toulouse
FR|region|Auvergne-Rhône-Alpes|Lyon
FR|region|Provence-Alpes-Côte d'Azur;PACA|Marseille
FR|region|Corse;Corsica|Ajaccio
FR|region|Guadeloupe|Basse-Terre
FR|region|Martinique|Fort-de-France
FR|region|Guyane;French Guiana|Cayenne
FR|region|La Réunion;Réunion|Saint-Denis
FR|region|Mayotte|Mamoudzou
FR|region|Alsace|Strasbourg
FR|region|Aquitaine|Bordeaux
FR|region|Auvergne|Clermont-Ferrand
FR|region|Basse-Normandie|Caen
FR|region|Bourgogne;Burgundy|Dijon
FR|region|Champagne-Ardenne|Châlons-en-Champagne
FR|region|Franche-Comté|Besançon
FR|region|Haute-Normandie|Rouen
FR|region|Languedoc-Roussillon|Montpellier
FR|region|Limousin|Limoges
FR|region|Lorraine|Metz|cue
FR|region|Midi-Pyrénées|Toulouse
FR|region|Nord-Pas-de-Calais|Lille
FR|region|Picardie;Picardy|Amiens
FR|region|Poitou-Charentes|Poitiers
FR|region|Rhône-Alpes|Lyon
FR|region|Provence|Marseille
FR|region|Côte d'Azur;French Riviera|Nice
FR|region|Pays basque;Basque Country|Bayonne
FR|region|Béarn|Pau
FR|region|Artois|Arras
FR|region|Languedoc|Montpellier
FR|region|Gascogne;Gascony|Auch
FR|region|Périgord|Périgueux
FR|region|Savoie;Savoy|Chambéry
FR|department|Ain|Bourg-en-Bresse|cue
FR|department|Aisne|Laon
FR|department|Allier|Moulins|cue
FR|department|Alpes-de-Haute-Provence|Digne-les-Bains
FR|department|Hautes-Alpes|Gap
FR|department|Alpes-Maritimes|Nice
FR|department|Ardèche|Privas
FR|department|Ardennes|Charleville-Mézières
FR|department|Ariège|Foix
FR|department|Aube|Troyes|cue
FR|department|Aude|Carcassonne|cue
FR|department|Aveyron|Rodez
FR|department|Bouches-du-Rhône|Marseille
FR|department|Calvados|Caen
FR|department|Cantal|Aurillac
FR|department|Charente|Angoulême
FR|department|Charente-Maritime|La Rochelle
FR|department|Cher|Bourges|cue
FR|department|Corrèze|Tulle
FR|department|Corse-du-Sud|Ajaccio
FR|department|Haute-Corse|Bastia
FR|department|Côte-d'Or|Dijon
FR|department|Côtes-d'Armor|Saint-Brieuc
FR|department|Creuse|Guéret|cue
FR|department|Dordogne|Périgueux
FR|department|Doubs|Besançon
FR|department|Drôme|Valence
FR|department|Eure|Évreux|cue
FR|department|Eure-et-Loir|Chartres
FR|department|Finistère|Quimper
FR|department|Gard|Nîmes|cue
FR|department|Haute-Garonne|Toulouse
FR|department|Gers|Auch|cue
FR|department|Gironde|Bordeaux
FR|department|Hérault|Montpellier
FR|department|Ille-et-Vilaine|Rennes
FR|department|Indre|Châteauroux|cue
FR|department|Indre-et-Loire|Tours
FR|department|Isère|Grenoble
FR|department|Jura|Lons-le-Saunier
FR|department|Landes|Mont-de-Marsan|cue
FR|department|Loir-et-Cher|Blois
FR|department|Loire|Saint-Étienne|cue
FR|department|Haute-Loire|Le Puy-en-Velay
FR|department|Loire-Atlantique|Nantes
FR|department|Loiret|Orléans
FR|department|Lot|Cahors|cue
FR|department|Lot-et-Garonne|Agen
FR|department|Lozère|Mende
FR|department|Maine-et-Loire|Angers
FR|department|Manche|Saint-Lô|cue
FR|department|Marne|Châlons-en-Champagne|cue
FR|department|Haute-Marne|Chaumont
FR|department|Mayenne|Laval
FR|department|Meurthe-et-Moselle|Nancy
FR|department|Meuse|Bar-le-Duc|cue
FR|department|Morbihan|Vannes
FR|department|Moselle|Metz|cue
FR|department|Nièvre|Nevers
FR|department|Nord|Lille|cue
FR|department|Oise|Beauvais|cue
FR|department|Orne|Alençon|cue
FR|department|Pas-de-Calais|Arras
FR|department|Puy-de-Dôme|Clermont-Ferrand
FR|department|Pyrénées-Atlantiques|Pau
FR|department|Hautes-Pyrénées|Tarbes
FR|department|Pyrénées-Orientales|Perpignan
FR|department|Bas-Rhin|Strasbourg
FR|department|Haut-Rhin|Colmar
FR|department|Rhône|Lyon|cue
FR|department|Haute-Saône|Vesoul
FR|department|Saône-et-Loire|Mâcon
FR|department|Sarthe|Le Mans
FR|department|Haute-Savoie|Annecy
FR|department|Seine-Maritime|Rouen
FR|department|Seine-et-Marne|Melun
FR|department|Yvelines|Versailles
FR|department|Deux-Sèvres|Niort
FR|department|Somme|Amiens|cue
FR|department|Tarn|Albi|cue
FR|department|Tarn-et-Garonne|Montauban
FR|department|Var|Toulon|cue
FR|department|Vaucluse|Avignon
FR|department|Vendée|La Roche-sur-Yon
FR|department|Vienne|Poitiers|cue
FR|department|Haute-Vienne|Limoges
FR|department|Vosges|Épinal
FR|department|Yonne|Auxerre
FR|department|Territoire de Belfort|Belfort
FR|department|Essonne|Évry
FR|department|Hauts-de-Seine|Nanterre
FR|department|Seine-Saint-Denis|Bobigny
FR|department|Val-de-Marne|Créteil
FR|department|Val-d'Oise|Cergy
`;
