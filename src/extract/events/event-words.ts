import { byFirstLetter } from '../text/word-regex.js';
import type { Span } from '../types.js';
import { NOUN_BRANCHES, NOUN_END, startsInsideWord } from './find-triggers.js';
import { TITLE_END, TITLE_WORDS, titleInsideWord } from './title-zones.js';

// Trigger nouns and title words searched over the whole text in one pass, as the two passes of
// findAllTriggers and titleZones would find them (matches inside a word included): a noun and a
// title word never match at the same offset, and neither can start inside a match of the other
// (no word of one list holds a word of the other, whole or as its end).
const EVENT_WORD = new RegExp(
  byFirstLetter([...NOUN_BRANCHES.map((noun) => noun + NOUN_END), ...TITLE_WORDS.map((title) => title + TITLE_END)], true),
  'giu',
);
const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS.join('|')})$`, 'iu');

/**
 * The trigger nouns (for findAllTriggers) and title words (for titleZones) of a whole text. After
 * a match inside a word the search resumes one character later, as each pass does, so that the
 * word-starting match it overlaps is still found ("Xprotocole d'entente" holds "entente").
 */
export function findEventWords(text: string): { readonly nouns: Span[]; readonly titles: Span[] } {
  const nouns: Span[] = [];
  const titles: Span[] = [];
  EVENT_WORD.lastIndex = 0;
  for (let m = EVENT_WORD.exec(text); m; m = EVENT_WORD.exec(text)) {
    const title = TITLE_WORD.test(m[0]);
    (title ? titles : nouns).push({ start: m.index, end: m.index + m[0].length });
    if (title ? titleInsideWord(text, m.index) : startsInsideWord(text, m.index)) EVENT_WORD.lastIndex = m.index + 1;
  }
  return { nouns, titles };
}
