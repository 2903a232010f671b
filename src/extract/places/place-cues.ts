import { WEEKDAY_NAMES } from '../dates/calendar-words.js';
import wordLists from '../gazetteer/word-lists.json' with { type: 'json' };
/**
 * Words around a capitalized name that say it is a place (cues) or a person. All
 * accent-free lower case, compared with WordToken.key.
 */

/** Prepositions and nouns right before a name that make it a place: "à Pohang", "in Saguaro Springs". */
export const STRONG_CUES: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'en', 'dans', 'vers', 'pres', 'depuis', 'jusqu', 'jusque', 'via', 'outre',
  'in', 'at', 'to', 'from', 'near', 'into', 'across', 'throughout', 'outside', 'inside', 'toward', 'towards',
  'ville', 'commune', 'municipalite', 'village', 'capitale', 'metropole', 'maire', 'mairesse', 'prefecture',
  'city', 'town', 'township', 'mayor', 'capital', 'downtown',
]);

/** Weaker cues: "de X", "of X", "pour X", "X et Y". */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'of', 'pour', 'sur', 'entre', 'avec', 'par', 'for', 'with', 'between', 'by', 'and', 'et', 'ou', 'or',
  // "visited X", "toured X": an English visit verb takes its place without a preposition.
  'visit', 'visits', 'visited', 'visiting', 'toured', 'touring',
]);

/** Nouns that make the "de"/"of" after them a strong cue: "maire de Tamm", "city of Laval", "le quartier de Bellerive". */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'ville', 'commune', 'municipalite', 'village', 'region', 'province', 'departement', 'canton', 'etat', 'pays',
  'capitale', 'maire', 'mairesse', 'prefet', 'habitants', 'agglomeration', 'city', 'town', 'village', 'mayor',
  'state', 'province', 'county', 'region', 'residents', 'people',
  'quartier', 'faubourg', 'banlieue', 'hameau', 'terminal', 'port', 'aeroport', 'gare', 'suburb', 'airport', 'harbour', 'harbor', 'campus',
  // "Université de Sermoise", "University of Alaska": a university is named after its territory.
  'universite', 'university',
]);

/** Articles skipped when looking for a cue: "dans l'Aube", "de la Beauce". */
export const ARTICLES: ReadonlySet<string> = new Set(['l', 'la', 'le', 'les', 'the']);

/** Honorifics before a person's name: "M. Vauvenargues", "Gov. Maine". */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'dre', 'me', 'pr', 'mr', 'mrs', 'ms', 'sir', 'gov', 'sen', 'rep', 'hon', 'prof',
  'monsieur', 'madame',
]);

/** Ordinary words that are also city names, beyond the generated list ("Union", "Mission"). */
export const EXTRA_COMMON_WORDS: ReadonlySet<string> = new Set([
  'union', 'mission', 'victoria', 'bath', 'lens', 'concord', 'independence', 'providence', 'summit', 'premier',
  'leader', 'forum', 'nord', 'sud', 'est', 'ouest', 'santa', 'ville', 'port', 'marche', 'bouche', 'liberty', 'unity',
  'progress', 'victory', 'pride', 'opportunity', 'welcome', 'hospitality', 'industry', 'commerce', 'enterprise',
  'success', 'temple', 'college', 'university', 'academy', 'institute', 'canton', 'saint', 'sainte', 'nation',
  'general', 'national', 'royal', 'central', 'federal', 'president', 'pilot', 'orient', 'oriental',
]);

/** Place names that are also given names: "Florence Dupuis", "Georgia Smith". */
export const EXTRA_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'victoria', 'georgia', 'washington', 'lincoln', 'jackson', 'virginia', 'regina', 'sydney', 'adelaide', 'chelsea',
  'florence', 'paris', 'lourdes', 'valence', 'vienne', 'angers', 'laval', 'nancy', 'carolina', 'austin', 'denver',
]);

// Languages, besides the nationality words of the word lists ("English" is no demonym there).
const LANGUAGES: ReadonlySet<string> = new Set([
  'english', 'spanish', 'french', 'german', 'arabic', 'mandarin', 'chinese', 'japanese', 'korean', 'portuguese', 'italian',
  'russian', 'dutch', 'swahili', 'hindi', 'cantonese', 'wolof', 'creole', 'gaelic', 'welsh', 'latin', 'greek', 'polish', 'turkish',
]);
export const DEMONYMS: ReadonlySet<string> = new Set(wordLists.demonyms);

/** "in English", "Welsh settlers", "Ukrainian": a language or a nationality word. */
export function isLanguageOrDemonym(key: string): boolean {
  return LANGUAGES.has(key) || DEMONYMS.has(key);
}

/** Words never taken as a place, whatever the cue: months, weekdays ("in August") and function words. */
export const NEVER_PLACES: ReadonlySet<string> = new Set([
  // "la Chambre de commerce": a body, not the Savoy village.
  'chambre',
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ...WEEKDAY_NAMES.flat(),
  'jan', 'janv', 'feb', 'fev', 'fevr', 'mar', 'apr', 'avr', 'jun', 'jul', 'juil', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'plus', 'moins', 'tout', 'tous', 'toute', 'lire', 'voir',
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'read', 'more', 'see',
  // Labels of a release's last lines: "Source : …", "Contact: …".
  'source', 'sources', 'contact', 'contacts', 'renseignements', 'photo', 'photos', 'credit',
  // Head nouns of bodies and venues ("le Centre culturel", "au Centre de promotion"), never a town alone.
  'centre', 'center',
  // Words of bodies and titles: "Chamber of Commerce", "Department of Commerce", "Vice Mayor X".
  'commerce', 'vice',
]);

/** Street words: "rue Rocheval", "avenue de Paris", "Rocheval Street" name streets, not places. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'rue', 'avenue', 'av', 'boulevard', 'boul', 'bd', 'chemin', 'ch', 'route', 'allee', 'impasse', 'quai', 'cours', 'place',
  'promenade', 'autoroute', 'street', 'road', 'drive', 'lane', 'highway', 'parkway', 'square', 'ave', 'blvd', 'rd', 'st',
]);

/** Lower-case links after a common word that make it a noun phrase: "Centre des congrès", "Union de…". */
export const NOUN_LINKS: ReadonlySet<string> = new Set(['de', 'des', 'du', 'd', 'of']);

/** Country and state names that are also given names ("France Verchères", "Israel Kamakawiwoʻole"). */
export const COUNTRY_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'france', 'israel', 'georgia', 'jordan', 'chad', 'india', 'virginia', 'carolina', 'florida', 'kenya', 'america',
]);

/** Role nouns written right before a person's name: "la mairesse France Verchères", "Mayor Israel Gomez". */
export const ROLES_BEFORE_NAMES: ReadonlySet<string> = new Set([
  'maire', 'mairesse', 'mayor', 'president', 'presidente', 'governor', 'gouverneur', 'gouverneure', 'ministre', 'minister',
  'premier', 'premiere', 'directeur', 'directrice', 'secretary', 'secretaire', 'senator', 'senateur', 'senatrice', 'depute',
  'deputee', 'ambassador', 'ambassadeur', 'ambassadrice', 'consul', 'consule', 'delegue', 'deleguee', 'ceo', 'pdg', 'chair',
  'conseiller', 'conseillere', 'commissioner', 'commissaire', 'prefet', 'prefete', 'councillor', 'councilor',
]);

/** Capitalized words after a place name that keep it a place: "Quebec City", "Washington State", "Kent County". */
export const NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'city', 'county', 'region', 'province', 'state', 'district', 'area', 'metro', 'township', 'parish', 'borough', 'territory',
  'valley', 'island', 'islands', 'peninsula', 'coast',
]);

/**
 * Capitalized words after a place that open a body named after it, the place still a place
 * there: "Millbrook Chamber of Commerce", "Quebec Government Office", "Detroit Regional
 * Partnership", "Harbourview Institute of Oceanography", "Port Hedland Port Authority".
 */
export const BODIES_AFTER_PLACES: ReadonlySet<string> = new Set([
  'chamber', 'chambers', 'government', 'regional', 'metropolitan', 'municipal', 'port', 'harbour', 'harbor', 'board',
  'international', 'institute', 'school', 'governors', 'hall',
]);

/** Endings of English and French common nouns ("in Marketing", "parc de l'Innovation"), rare in place names ("Sion" is only an ending). */
export const COMMON_NOUN_ENDING = /..(?:ment|tion|sion|ence|ance|ness|ship|ics|ogy|ism)$/;

/** Feasts named after a saint ("la fête de Saint-X"): what follows is no commune. */
export const SAINT_FEASTS = new Set(['fete', 'fetes', 'foire', 'jour', 'nuit', 'messe', 'feux', 'festival', 'pelerinage']);
