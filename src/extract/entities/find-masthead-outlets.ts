import { MASTHEAD_LINES, OUTLET_WORDS } from '../lexicons/outlet-words.js';
import { wordSet } from '../lexicons/word-set.js';
import { WEEKDAY_NAMES } from '../dates/calendar-words.js';
import type { Analysis, Candidate } from './candidate.js';
import type { Token } from './tokenize.js';
import { LOWER_STOP, hasDigit, isAdjectiveLike, isGivenName, isHeadWord, isPunct } from './word-classes.js';

// A paper's name is a few words: a longer segment is a headline or a sentence.
const MAX_NAME_TOKENS = 7;

const ARTICLES = wordSet(`le la les l' the`);
// "COMMUNIQUÉ DE PRESSE", "PRESS RELEASE": a body's own release, no paper.
const RELEASE_WORDS = wordSet(`communique communiques release releases newsroom`);
const LINKS = wordSet(`de du des d' l' la of the and`);
// "REVUE DE PRESSE", "Dossier de presse", "Press review": the kind of document on the page, no paper's title.
const PRESS_GENRES = wordSet(`revue dossier`);

function isPressGenre(t: readonly Token[], from: number, to: number): boolean {
  const [first, second, third] = [t[from]!, t[from + 1], t[from + 2]];
  if (to === from + 2 && first.fold === 'press' && second?.fold === 'review') return true;
  return to === from + 3 && PRESS_GENRES.has(first.fold) && second?.fold === 'de' && third?.fold === 'presse';
}

/**
 * The paper that publishes the article, named by its masthead: a short capitalized title
 * holding a newspaper word, alone on one of the first lines or before the line's first
 * separator ("AVIGNON HEBDO — Culture | Par …", "The Riverside Ledger", "Le Courrier landais").
 * A title that is an acronym and a newsletter word ("CCI INFOS") is the body's letter, not a paper.
 */
export function findMastheadOutlets(a: Analysis): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  let line = 0;
  for (let i = 0; i < t.length; i++) {
    if (!t[i]!.lineStart) continue;
    if (++line > MASTHEAD_LINES) {
      // A press review credits each item on a short line of its own: "Le Courrier du Lac, 12 mai".
      const credited = isShortLine(t, i) ? datedTitle(t, i) : undefined;
      if (credited) out.push({ type: 'ORG', start: credited[0], end: credited[1], priority: 9, confidence: 0.6 });
      continue;
    }
    const end = segmentEnd(t, i);
    const titleEnd = end > 0 ? beforeFrequency(t, i, end) : end;
    if (titleEnd < end && (isOutletTitle(t, i, titleEnd) || isBroadcasterTitle(t, i, titleEnd))) out.push({ type: 'ORG', start: i, end: titleEnd, priority: 9, confidence: 0.6 });
    else if (end > 0 && (isOutletTitle(t, i, end) || isLaidOutTitle(a, i, end) || isBroadcasterTitle(t, i, end))) out.push({ type: 'ORG', start: i, end, priority: 9, confidence: 0.6 });
    else if (end > 0 && isPunct(t[end], '—–-|') && isSelfDescribedTitle(t, i, end)) out.push({ type: 'ORG', start: i, end, priority: 9, confidence: 0.6 });
    const credited = datelineCredit(t, i) ?? bylineCredit(a, i) ?? datedTitle(t, i) ?? publishedCredit(a, i);
    if (credited) out.push({ type: 'ORG', start: credited[0], end: credited[1], priority: 9, confidence: 0.6 });
  }
  return out;
}

/**
 * "X COUNTRY FM 96.4 – …", "RADIO X 98.4 FM — …": a station's title closes before its
 * frequency (a number, then "FM"/"AM"/"MHz" at most, to the segment's end); `end` when none.
 */
function beforeFrequency(t: readonly Token[], from: number, end: number): number {
  let k = from + 1;
  while (k < end && !isDigits(t[k]!)) k++;
  if (k === end) return end;
  // "98.4" is three tokens: digits, a point, digits.
  let j = k + 1;
  if (isPunct(t[j], '.,') && j + 1 < end && isDigits(t[j + 1]!)) j += 2;
  if (j < end && BANDS.has(t[j]!.fold)) j++;
  return j === end ? k : end;
}
const BANDS = wordSet(`fm am mhz khz`);

function isDigits(tok: Token): boolean {
  return /^\d{1,4}$/u.test(tok.text);
}

// Words that open a station's or paper's title in front of its name ("Radio X", "HEBDO X").
const TITLE_OPENERS = wordSet(`radio tele tv hebdo`);
// The name after such a word: a few words.
const MAX_OPENED_NAME_WORDS = 3;

/**
 * "RADIO X Y — « … »", "Radio X — transcript", "HEBDO ÉCO X — n° 412": a station's or paper's
 * word first, then one to three capitalized words (links between them), alone in its segment.
 */
function isBroadcasterTitle(t: readonly Token[], start: number, to: number): boolean {
  // "L'Hebdo Éco X": an article may open the title before the paper's word.
  const from = ARTICLES.has(t[start]!.fold) && t[start]!.isCap ? start + 1 : start;
  if (from >= to) return false;
  if (!TITLE_OPENERS.has(t[from]!.fold) || !t[from]!.isCap || to - from < 2 || !t[to - 1]!.isCap) return false;
  let words = 0;
  for (let k = from + 1; k < to; k++) {
    const tok = t[k]!;
    if (!tok.isWord || hasDigit(tok) || LOWER_STOP.has(tok.fold) || RELEASE_WORDS.has(tok.fold)) return false;
    if (LINKS.has(tok.fold) && k > from + 1) continue;
    if (!tok.isCap) return false;
    words++;
  }
  return words <= MAX_OPENED_NAME_WORDS;
}

// A dateline's credit comes within its first words: "SOUSSE, 15 avril (Littoral Presse Agence) –".
const DATELINE_TOKENS = 14;
const MAX_CREDIT_TOKENS = 5;

/**
 * The agency or paper credited in brackets in a dateline, right before its dash:
 * "PUNTA ARENAS, Chile, Sept. 17 (Pacifico Business Wire) —", "ABIDJAN, 11 mars (X Dépêches) –".
 * Its words are capitalized, not in capitals, and one is a newspaper word.
 */
function datelineCredit(t: readonly Token[], lineStart: number): [number, number] | undefined {
  for (let k = lineStart + 1; k < t.length && k <= lineStart + DATELINE_TOKENS; k++) {
    const tok = t[k]!;
    if (tok.lineStart) return undefined;
    if (!isPunct(tok, '(/')) continue;
    const close = tok.text;
    let outlet = false;
    let end = k + 1;
    for (; end < t.length && end <= k + MAX_CREDIT_TOKENS; end++) {
      const w = t[end]!;
      if (!w.isWord) break;
      // "(BUSINESS WIRE)", "/CNW/": a wire service's tag in capitals, which annotators leave out.
      // "(La Voix broyarde)": a lower-case adjective may close the title after its newspaper word.
      const closingAdjective = !w.isCap && outlet && OUTLET_WORDS.has(t[end - 1]!.fold) && isPunct(t[end + 1], closeOf(close));
      if ((!w.isCap || w.isUpper) && !(LINKS.has(w.fold) && end > k + 1) && !closingAdjective) return undefined;
      if (OUTLET_WORDS.has(w.fold)) outlet = true;
    }
    if (!outlet || end === k + 1 || !isPunct(t[end], closeOf(close)) || !isPunct(t[end + 1], '—–-')) return undefined;
    return [k + 1, end];
  }
  return undefined;
}

function closeOf(open: string): string {
  return open === '(' ? ')' : '/';
}

const BYLINE_WORDS = wordSet(`par by`);
const ROLE_WORDS = wordSet(`reporter correspondent correspondant`);
// Words after a byline's paper that open its date: "| Publié le 3 mai", "– Updated Nov. 3".
const PUBLISHED_WORDS = wordSet(`publie publiee mis updated published posted`);

/**
 * The paper a byline credits between the author and the date: "Par Anne Roy, L'Écho du Littoral –
 * 3 mai 2025", "By Ann Roy | The Valley Ledger | Nov. 3, 2025". Only a title with a newspaper
 * word that a date closes: "By Ann Roy, Business Reporter" ends the line with a role.
 */
function bylineCredit(a: Analysis, lineStart: number): [number, number] | undefined {
  const t = a.tokens;
  const from = BYLINE_WORDS.has(t[lineStart]!.fold) && t[lineStart + 1]?.isCap ? segmentEnd(t, lineStart, ',') : bareAuthorEnd(t, lineStart);
  if (from < 0 || !isPunct(t[from], ',|—–-') || t[from + 1]?.lineStart) return undefined;
  const end = segmentEnd(t, from + 1);
  if (end < 0) return undefined;
  // "Par Anne Roy | L'Aurore du Lac | 3 mai 2025": between the author and the date, a plain title is the paper too.
  if (!isOutletTitle(t, from + 1, end)) return isPunct(t[end], '|—–') && opensDate(t, end + 1) && isPlainTitle(a, from + 1, end) ? [from + 1, end] : undefined;
  if (isPunct(t[end], '|—–-') ? opensDate(t, end + 1) : closesLineAboveDate(t, end)) return [from + 1, end];
  return undefined;
}

/**
 * "The Valley Courier, Friday 6 November 2026", "(The Bay Chronicle, Saturday 7 November)",
 * "Lagune Infos (édition du mardi 3 mars)": a title with a newspaper word that opens its
 * line, then a comma or a bracket and the issue's date.
 */
function datedTitle(t: readonly Token[], lineStart: number): [number, number] | undefined {
  const from = isPunct(t[lineStart], '(') ? lineStart + 1 : lineStart;
  for (let k = from + 1; k < t.length && k <= from + MAX_NAME_TOKENS; k++) {
    const tok = t[k]!;
    if (tok.lineStart || !(tok.isWord || isPunct(tok, ',('))) return undefined;
    if (!isPunct(tok, ',(')) continue;
    const date = ISSUE_WORDS.has(t[k + 1]?.fold ?? '') ? k + 2 : k + 1;
    return startsDate(t, ARTICLES.has(t[date]?.fold ?? '') || t[date]?.fold === 'du' ? date + 1 : date) && isOutletTitle(t, from, k) ? [from, k] : undefined;
  }
  return undefined;
}
const ISSUE_WORDS = wordSet(`edition issue`);

// A credit line below the masthead: the title, its date and at most a short note ("journal de 7 heures").
const MAX_CREDIT_LINE_TOKENS = 16;

function isShortLine(t: readonly Token[], lineStart: number): boolean {
  for (let k = lineStart + 1; k <= lineStart + MAX_CREDIT_LINE_TOKENS; k++) if (t[k] === undefined || t[k]!.lineStart) return true;
  return false;
}

/** "Publié le 3 mai 2025 | Le Phare côtier": the paper that closes a publication date's line. */
function publishedCredit(a: Analysis, lineStart: number): [number, number] | undefined {
  const t = a.tokens;
  if (!PUBLISHED_WORDS.has(t[lineStart]!.fold)) return undefined;
  let k = lineStart + 1;
  while (k < t.length && k <= lineStart + DATELINE_TOKENS && !t[k]!.lineStart && !isPunct(t[k], '|')) k++;
  const end = isPunct(t[k], '|') && !t[k + 1]?.lineStart ? segmentEnd(t, k + 1) : -1;
  if (end < 0 || (t[end] !== undefined && !t[end]!.lineStart)) return undefined;
  return isOutletTitle(t, k + 1, end) || isPlainTitle(a, k + 1, end) ? [k + 1, end] : undefined;
}

// Lower-case words by which a paper describes itself after its title: "— l'hebdo de X", "– hebdomadaire local".
const SELF_DESCRIPTIONS = wordSet(`hebdo hebdomadaire quotidien journal mensuel bimensuel weekly newspaper daily balado podcast`);
const DESCRIPTION_ARTICLES = wordSet(`l' le la un une the a your votre`);
// A paper's title before its self-description holds a few words.
const MAX_DESCRIBED_WORDS = 4;

/**
 * "Le Trait d'union — l'hebdo de X", "Le Baobab – hebdomadaire local": a short title whose
 * first word is capitalized, then a separator and the paper's own description of itself.
 * A title in capitals may take its description capitalized ("LE X — Hebdomadaire économique").
 */
function isSelfDescribedTitle(t: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_DESCRIBED_WORDS || !t[from]!.isCap) return false;
  for (let k = from; k < to; k++) if (!t[k]!.isWord || hasDigit(t[k]!) || isHeadWord(t[k]!) || RELEASE_WORDS.has(t[k]!.fold)) return false;
  const word = DESCRIPTION_ARTICLES.has(t[to + 1]?.fold ?? '') ? to + 2 : to + 1;
  const described = t[word] !== undefined && SELF_DESCRIPTIONS.has(t[word]!.fold);
  return described && (isLowerWordAt(t, word) || (t[from]!.isUpper && word === to + 1 && !t[word]!.isUpper && !t[word]!.lineStart));
}

function isLowerWordAt(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok !== undefined && tok.isWord && !tok.isCap && !tok.lineStart;
}

/**
 * "By Ann Roy, Upland Valley Courier" / "Tuesday, 3 November 2026": the title ends the byline's
 * line and the next line is the date; a reporter's role ("Harbour Reporter") is no paper.
 */
function closesLineAboveDate(t: readonly Token[], end: number): boolean {
  const next = t[end];
  return next !== undefined && next.lineStart && startsDate(t, end) && !ROLE_WORDS.has(t[end - 1]!.fold);
}

// An author named with no "Par"/"By" has a given name and one or two more capitalized words.
const MAX_AUTHOR_WORDS = 3;

/**
 * "Anne Roy – L'Écho du Littoral – 3 mai 2025": the author's name before a dash, given name first;
 * the end of that name, or -1.
 */
function bareAuthorEnd(t: readonly Token[], lineStart: number): number {
  if (!isGivenName(t[lineStart])) return -1;
  let k = lineStart + 1;
  while (k < t.length && k - lineStart < MAX_AUTHOR_WORDS && t[k]!.isWord && t[k]!.isCap && !t[k]!.isUpper && !t[k]!.lineStart) k++;
  return k > lineStart + 1 && isPunct(t[k], '—–-|') ? k : -1;
}

function opensDate(t: readonly Token[], k: number): boolean {
  return !t[k]?.lineStart && (startsDate(t, k) || PUBLISHED_WORDS.has(t[k]?.fold ?? ''));
}

/** End of the segment at i (before "|", "—", "–", "›", ">", "-", `moreSeparators` or the line's end), or -1 when too long. */
function segmentEnd(t: readonly Token[], i: number, moreSeparators = ''): number {
  for (let k = i + 1; k <= i + MAX_NAME_TOKENS; k++) {
    const tok = t[k];
    if (tok === undefined || tok.lineStart || isPunct(tok, '|—–-›•·>' + moreSeparators)) return k;
  }
  return -1;
}

/**
 * Capitalized words (links such as "de l'" between them) that hold a newspaper word after
 * an article or another capitalized word; one lower-case adjective may close the title.
 */
function isOutletTitle(t: readonly Token[], from: number, to: number): boolean {
  if (isPressGenre(t, from, to)) return false;
  let outletAt = -1;
  let named = false;
  for (let k = from; k < to; k++) {
    const tok = t[k]!;
    // "X & Y Wire": an ampersand joins two words of the title.
    if (tok.text === '&' && k > from && k < to - 1) continue;
    if (!tok.isWord || hasDigit(tok) || LOWER_STOP.has(tok.fold) || RELEASE_WORDS.has(tok.fold)) return false;
    if (ARTICLES.has(tok.fold) && k === from) { named = true; continue; }
    // "LE COURRIER DE KENT": in capitals a link is written like the words it joins.
    if (tok.isUpper && LINKS.has(tok.fold) && k > from && k < to - 1) continue;
    if (!tok.isCap) {
      if (LINKS.has(tok.fold) && k > from) continue;
      // "Le Courrier landais": an adjective after the paper's word, last; "La Gazette du Pays
      // sedanais": after the capitalized word of its complement.
      if (k === to - 1 && outletAt >= 0 && (k === outletAt + 1 || (k > outletAt + 2 && t[k - 1]!.isCap && isAdjectiveLike(tok)))) continue;
      return false;
    }
    // "CCI INFOS": a body's initials open the title before the word.
    // "JEJU ISLAND HERALD", "THE BAY HERALD": a short word in a title in capitals, after its
    // article or another word, is a word.
    if (k === from && tok.isUpper && tok.end - tok.start <= 4 && !ARTICLES.has(tok.fold) && !OUTLET_WORDS.has(tok.fold) && OUTLET_WORDS.has(t[k + 1]?.fold ?? '')) return false;
    // "Rising Star Award": a capitalized word right after the paper's word makes another name
    // (in capitals it may be the adjective: "LE COURRIER GIRONDIN").
    // "Info Hebdo": two newspaper words make one title.
    if (outletAt >= 0 && k === outletAt + 1 && !(tok.isUpper && k === to - 1) && !OUTLET_WORDS.has(tok.fold)) return false;
    // "Le Bulletin de X": after an article opening the title, a bulletin is a paper (a body's "City Bulletin" is not).
    const bulletin = tok.fold === 'bulletin' && k === from + 1 && ARTICLES.has(t[from]!.fold);
    if ((OUTLET_WORDS.has(tok.fold) || bulletin) && named && outletAt < 0) outletAt = k;
    named = true;
  }
  return outletAt >= 0;
}

/**
 * A paper whose name holds no newspaper word, known by the page's layout: a short title
 * before a separator and the section, place or date ("Vaitea Matin — Société", "Le Tarn
 * Libre | Montvalon | jeudi 18 juin"), or alone on its line above such a line ("L'Horizon
 * franco-ontarien" / "Santé | Ottawa, le 3 mars").
 */
function isLaidOutTitle(a: Analysis, from: number, to: number): boolean {
  const t = a.tokens;
  const next = t[to];
  if (next === undefined) return false;
  // "Borderlands Fruit Report" / "Trade & Policy | Nov. 9, 2026": a title closed by a news
  // word alone on its line, above a dated line.
  if (next.lineStart && isNewsWordTitle(t, from, to) && !a.inHeadline[from] && linesDated(t, to)) return true;
  if (!isPlainTitle(a, from, to)) return false;
  // "Le Nord-Côtier" / "Le mardi 15 septembre 2026 – Par …": the next line opens with the date.
  if (next.lineStart) return (startsSectionOrDate(a, to) && isPunct(t[to + 1], '|—–-›>/')) || startsDate(t, to) || (ARTICLES.has(next.fold) && startsDate(t, to + 1));
  return startsSectionOrDate(a, to + 1);
}

// Words that close the title of a paper or a newsletter, which a page label may be alone.
const NEWS_TAILS = wordSet(`news bulletin report update`);
// A news word's title has two or three capitalized words before it.
const MIN_NEWS_TITLE_WORDS = 3;
const MAX_NEWS_TITLE_WORDS = 4;

/** "Arden Valley News", "Coastal Ports Bulletin": capitalized words in mixed case, a news word last. */
function isNewsWordTitle(t: readonly Token[], from: number, to: number): boolean {
  const words = to - from;
  if (words < MIN_NEWS_TITLE_WORDS || words > MAX_NEWS_TITLE_WORDS || !NEWS_TAILS.has(t[to - 1]!.fold)) return false;
  for (let k = from; k < to; k++) {
    const tok = t[k]!;
    if (!tok.isWord || !tok.isCap || tok.isUpper || hasDigit(tok) || LOWER_STOP.has(tok.fold) || (k < to - 1 && (PAGE_WORDS.has(tok.fold) || SECTION_WORDS.has(tok.fold)))) return false;
  }
  return !isGivenName(t[from]);
}

// The dated line under a title is short: a section, a separator, the date.
const MAX_DATED_LINE_TOKENS = 10;

/** The line at k opens with a publication word or a date, or dates itself after a separator ("Trade & Policy | Nov. 9"). */
function linesDated(t: readonly Token[], k: number): boolean {
  if (PUBLISHED_WORDS.has(t[k]!.fold) || startsDate(t, k)) return true;
  for (let j = k + 1; j < t.length && j <= k + MAX_DATED_LINE_TOKENS && !t[j]!.lineStart; j++) if (isPunct(t[j], '|·•—–') && startsDate(t, j + 1) && !t[j + 1]!.lineStart) return true;
  return false;
}

/**
 * Two to four words in mixed case (one after an article), capitalized but for an article, a link or a closing
 * adjective; no page label ("Accueil", "News"), no acronym, person or place.
 */
function isPlainTitle(a: Analysis, from: number, to: number): boolean {
  const t = a.tokens;
  let words = 0;
  let mixed = false;
  for (let k = from; k < to; k++) {
    const tok = t[k]!;
    if (!tok.isWord || hasDigit(tok) || PAGE_WORDS.has(tok.fold) || SECTION_WORDS.has(tok.fold) || (tok.isUpper && !ARTICLES.has(tok.fold))) return false;
    if (!tok.isCap && !(LINKS.has(tok.fold) && k > from) && !(k === to - 1 && k > from + 1 && isAdjectiveLike(tok))) return false;
    if (!ARTICLES.has(tok.fold)) words++;
    if (!tok.isUpper && tok.text !== tok.text.toUpperCase()) mixed = true;
  }
  // "Le Brévannais |": after an article one word may be the whole title, unless it is a body's head.
  const fewest = ARTICLES.has(t[from]!.fold) && !isHeadWord(t[from + 1]!) ? 1 : 2;
  if (words < fewest || words > 4 || !mixed || isGivenName(t[from]) || a.inHeadline[from]) return false;
  for (let k = from; k < to; k++) if (!a.inPlace[k]) return true;
  return false;
}

/** A section label, a place or a date at k ("Société", "Montvalon |", "14 octobre 2026"). */
function startsSectionOrDate(a: Analysis, k: number): boolean {
  const tok = a.tokens[k];
  if (tok === undefined || (!tok.isWord && !hasDigit(tok))) return false;
  if (SECTION_WORDS.has(tok.fold) || startsDate(a.tokens, k)) return true;
  if (!tok.isCap) return false;
  const next = a.tokens[k + 1];
  if (a.inPlace[k] === true && (next === undefined || next.lineStart || isPunct(next, ',|—–-›>/'))) return true;
  // "| Montvalon | jeudi 18 juin": a one-word segment, then a date, is the dateline's town.
  return isPunct(next, '|—–-›>/') && startsDate(a.tokens, k + 2);
}

function startsDate(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok !== undefined && (/^\d/u.test(tok.text) || DATE_WORDS.has(tok.fold));
}

// Labels of a site's pages and of a body's own releases, which name no paper.
const PAGE_WORDS = wordSet(`
accueil home news nouvelles actualites communique communiques release releases newsroom
bulletin notes lettre infolettre newsletter report rapport edito editorial publie published
media medias presse contact par by photo photos
`);
const SECTION_WORDS = wordSet(`
actualites actualite societe sante economie culture region regions international
internationale politique sport sports business local monde national nationale opinion
environnement education entretien cooperation agriculture tourisme economy society health
world city faits vie
`);
const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES.flat(), ...wordSet(`
janvier fevrier mars avril mai juin juillet aout septembre octobre
novembre decembre january february march april june july august september october november
december janv fevr avr juil jan feb apr aug sep sept oct nov dec
`)]);
