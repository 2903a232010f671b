import { wordSet } from './word-set.js';

/**
 * Head nouns that open the name of a public body, school or association in Portuguese,
 * Spanish, Galician, Catalan, Italian, German, Dutch, Polish, Czech, Slovene, Indonesian, Welsh, Irish or Scottish Gaelic ("Concello de Vigo", "Ajuntament de Reus", "Câmara Municipal de Braga", "Ayuntamiento de Sevilla",
 * "Comune di Torino", "Stadt Wendelfeld", "Gemeente Utrecht", "Universitas Brawijaya"), as French and English texts quote them untranslated.
 * Accent-free lower case; none is a French or English word.
 */
export const FOREIGN_HEADS: ReadonlySet<string> = wordSet(`
camara prefeitura universidade governo assembleia fundacao associacao ministerio agencia
escola federacao confederacao conselho junta municipio secretaria instituto centro
ayuntamiento universidad gobierno diputacion generalitat xunta cabildo municipalidad
alcaldia intendencia gobernacion consejeria consejo fundacion asociacion escuela
tecnologico autoridad federacion administracion presidencia direccion colegio unidad
concello concelho deputacion ajuntament consell cambra diputacio
comune autorita provincia regione universita politecnico camera giunta consiglio istituto
fondazione azienda ministero agenzia citta
stadt landkreis gemeinde universitat hochschule fachhochschule technische kanton freistaat gymnasium
staat landesregierung ministerium stiftung landeshauptstadt
universitas politeknik pemerintah
gemeente provincie universiteit hogeschool stad
uniwersytet politechnika urzad liceum gimnazjum
gimnazija gymnazium liceu
ysgol prifysgol cyngor menter scoil colaiste ollscoil comhairle
`);

/** Heads that also read as a common word or a place's name: a body only with a "de/di" complement ("Camera di Commercio", "Centro Universitario de …"). */
export const FOREIGN_HEADS_NEEDING_COMPLEMENT: ReadonlySet<string> = wordSet(`
camara camera centro citta provincia
`);

/** Function words inside such names: "de", "do", "della", "zu", "y", "e", "und", "por" ("Cámara de Comercio de X por Y") … */
export const FOREIGN_NAME_LINKS: ReadonlySet<string> = wordSet(`
de del do da dos das di della delle dello dei degli d' zu der des und y e la las los el por nan na agus am im
`);

/** Links that coordinate: after them a new head opens a second name ("… de Sevilla y la Universidad de Cádiz"). */
export const FOREIGN_COORDINATORS: ReadonlySet<string> = wordSet(`
y e und
`);

/**
 * Heads of German, Dutch and Slavic names, which take none of the Romance links: after them a
 * "de/d'" is the French or English sentence's own ("le Gymnasium am Markt de X"). Not
 * "universitat": the Catalan "Universitat de Vic" folds the same as the German word.
 */
export const GERMANIC_SLAVIC_HEADS: ReadonlySet<string> = wordSet(`
stadt landkreis gemeinde hochschule fachhochschule technische kanton freistaat gymnasium
staat landesregierung ministerium stiftung landeshauptstadt
gemeente provincie universiteit hogeschool stad
uniwersytet politechnika urzad liceum gimnazjum gimnazija gymnazium
`);

/** The links such names do take: "Universität zu Köln", "Gymnasium am Markt". */
export const GERMANIC_LINKS: ReadonlySet<string> = wordSet(`
zu der des und am im
`);
