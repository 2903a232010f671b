import { byFirstLetter } from '../text/word-regex.js';
import { TOWN_HEAD } from '../lexicons/town-body-words.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex, EntityMention } from './entity-index.js';

/** Words that open a person's title. */
export const TITLE_WORDS = String.raw`cathaoirleach|chairperson|chairwoman|chairman|chair|reeve|convener|syndic|sous-ministre|ministre|minister|secrétaire|secretary|présidente?|president|vice-présidente?|directeur|directrice|director|mairesse|maire|mayor|bourgmestre|échevine?|préfète?|prefect|chancelière?|chancellor|gouverneure?|governor|premier|déléguée?|consule?|ambassadeur|ambassadrice|ambassador|recteur|rectrice|commissaire|commissioner|chef|PDG|CEO`.split('|');
/** What must follow a title word: no letter or digit (a Unicode `\b`). */
export const TITLE_END = String.raw`(?![\p{L}\p{N}])`;
// No leading boundary in the pattern (it would be tried at every offset); checked in titleZones.
// Its branches grouped by first letter, as it is searched over the whole text (see byFirstLetter).
const TITLE = new RegExp(`${byFirstLetter(TITLE_WORDS, true)}${TITLE_END}`, 'giu');
// A comma followed by "de …" continues a list of portfolios; any other comma ends the title.
const ZONE_END = /,(?!\s*(?:de|du|des|d['’]|et|and|of)[\s'’])|[()\n;:–—]|\s(?:a|ont|est|sont|has|have|was|were|will|signed|un|une|an)\s|\.(?:\s|$)/u;

/**
 * Spans from a title word ("ministre responsable des …", "président de …") to the end of the title.
 * `words`: every match of a title word in the text, those inside a word included, when the
 * caller searched them already (findEventWords).
 */
export function titleZones(text: string, index: EntityIndex, words: readonly Span[] = titleWords(text)): Span[] {
  const zones: Span[] = [];
  for (const word of words) {
    const start = word.start;
    const length = word.end - start;
    if (titleInsideWord(text, start)) continue;
    // "le premier accord" is an ordinal; "Premier Notley", "premier ministre", "premier of" are titles.
    if (length === 7 && text.startsWith('premier', start) && !/^\s+(?:ministre|minister|of|de|du)\b/u.test(text.slice(start + 7, start + 20))) continue;
    const limit = Math.min(text.length, start + 300);
    const stop = ZONE_END.exec(text.slice(start + length, limit));
    let end = stop ? start + length + stop.index : limit;
    const person = index.within(start + length, end).find((p) => p.entity.type === 'PERSON');
    if (person) end = person.start;
    zones.push({ start, end });
  }
  return zones;
}

/**
 * Every match of a title word, those inside a word included; after one inside a word the search
 * resumes a character later, so "Xsous-ministre" still holds "ministre".
 */
function titleWords(text: string): Span[] {
  const words: Span[] = [];
  // exec on the shared global regex rather than matchAll, which clones the RegExp on every call.
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length });
    if (titleInsideWord(text, m.index)) TITLE.lastIndex = m.index + 1;
  }
  return words;
}

/** True when a title word matched at `at` ends a longer word ("administre"); titles start with a Latin letter. */
export function titleInsideWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) : LETTER_OR_DIGIT.test(text[at - 1]!);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function insideZone(zones: readonly Span[], at: number): Span | undefined {
  return zones.find((z) => z.start <= at && at < z.end);
}

/**
 * Party entities from candidate mentions: a mention inside a person's title counts only
 * as the title's affiliation (the last place of "ministre … du Québec", else its last
 * organization), so portfolios ("Affaires intergouvernementales") are not parties.
 */
export function affiliationParties(zones: readonly Span[], index: EntityIndex, mentions: readonly EntityMention[]): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  const seenZones = new Set<Span>();
  for (const m of mentions) {
    const zone = insideZone(zones, m.start);
    if (!zone) { out.push(m.entity); continue; }
    if (seenZones.has(zone)) continue;
    seenZones.add(zone);
    const inZone = index.within(zone.start, zone.end).filter((x) => x.entity.type !== 'PERSON');
    const place = index.withinAll(zone.start, zone.end).filter((x) => x.entity.type === 'PLACE').pop();
    // "… de Services Ontario", "maire de la ville de X": a government stands for its territory;
    // "le président de l'Université de Kara", "the CEO of the Port of Tees": the body is the side.
    const body = inZone[inZone.length - 1];
    const chosen = body && (isOwnBody(body.entity) || isTownBody(body.entity)) ? body : (place ?? inZone.pop());
    if (chosen) out.push(chosen.entity);
  }
  return out;
}

// Bodies that are not a territory's government: a university, a chamber, a port, a company, an agency.
const OWN_BODY =
  /^(?:(?:l['’]|la|le|les|the)\s+)?(?:région|region\b|universit|college|collège|cégep|école|school|institut|chambre|chamber|cci\b|agence|agency|port\b|ports\b|compagnie|company|groupe|group|association|fondation|foundation|centre|center|hôpital|hospital|musée|museum|banque|bank|société|corporation|cluster|conservatoire|académie|academy|laboratoire|laboratory|orchestre|orchestra|club|fédération|federation|union\s+des|syndicat)/iu;

// A town's own body named in full: "la présidente de la Câmara Municipal de X", "the mayor of the City of X".
const TOWN_BODY = new RegExp(String.raw`^(?:(?:l['’]|la|le|the)\s+)?${TOWN_HEAD}\s+(?:de\s|d['’]|du\s|des\s|of\s)`, 'iu');

function isTownBody(e: ExtractedEntity): boolean {
  return e.type === 'ORG' && TOWN_BODY.test(e.name);
}

// English names put the place first: "the X Chamber of Commerce", "X University", "X High School".
const OWN_BODY_HEAD = /\s(?:university|college|institute|chamber|school|academy|hospital|museum|bank|corporation|company|association|foundation|centre|center|agency|cluster|laboratory|federation|polytechnic)(?:\s|$)/iu;

function isOwnBody(e: ExtractedEntity): boolean {
  return e.type === 'ORG' && (OWN_BODY.test(e.name) || OWN_BODY_HEAD.test(e.name));
}
