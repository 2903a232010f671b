import { wordSet } from './word-set.js';

/**
 * Words that name a newspaper ("Hebdo", "Ledger", "Gazette", "Courrier"). Not "news",
 * "bulletin", "notes", "lettre": those name a body's own newsletter ("City News"), which
 * annotators do not list.
 */
export const OUTLET_WORDS: ReadonlySet<string> = wordSet(`
hebdo info infos ledger times gazette journal courrier courier nouvelles record mirror echo
post herald tribune presse press depeche chronicle observer express telegram telegramme
telegraph dispatch quotidien nouvelliste republicain progres devoir soleil voix magazine
review examiner inquirer sentinel guardian reporter citizen globe weekly daily star sun
independent register spectator enquirer advocate beacon courant eclaireur liberation
depeches matin soir wire newswire moniteur mercury revue actu actus informateur eveil
sentinelle radio fm digest actualites
`);

/** A paper's masthead sits in the page's first lines, before the body. */
export const MASTHEAD_LINES = 6;
