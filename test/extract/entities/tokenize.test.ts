import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/entities/tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('gives a spelling seen before the same facts as the first time, however many words were kept in between', () => {
    // Thousands of distinct words, long ones and accented ones: the kept-spellings table grows and its pool too.
    const words = Array.from({ length: 6000 }, (_, n) => `${n % 3 === 0 ? 'Été' : 'mot'}${n.toString(36)}${n % 7 === 0 ? '-internationalisation' : ''}`);
    const text = words.join(' ');
    const first = tokenize(text);
    const again = tokenize(text);
    expect(first.map((t) => t.text)).toEqual(words);
    expect(again).toEqual(first);
    expect(again[3]).toMatchObject({ text: 'Été3', fold: 'ete3', isCap: true, isWord: true });
  });

  it('splits French elisions with either apostrophe and keeps hyphenated names whole', () => {
    expect(texts("l’Agence d'Ivoire et Jean-François")).toEqual(['l’', 'Agence', "d'", 'Ivoire', 'et', 'Jean-François']);
  });

  it('keeps inner apostrophes of names and splits the English possessive', () => {
    expect(texts('O’Neil met Dupuis’s team')).toEqual(['O’Neil', 'met', 'Dupuis', '’s', 'team']);
  });

  it('does not start a sentence after an abbreviation or an initial', () => {
    const toks = tokenize('Selon M. Roy et J. Smith. Puis Mme Caron.');
    const starts = toks.filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['Selon', 'Puis']);
  });

  it('marks line starts and all-caps tokens with digits', () => {
    const toks = tokenize('Le KR2T et la BDC\nSUITE');
    expect(toks.filter((t) => t.isUpper).map((t) => t.text)).toEqual(['KR2T', 'BDC', 'SUITE']);
    expect(toks.find((t) => t.text === 'SUITE')?.lineStart).toBe(true);
  });

  it('reads a line wrapped in lower case as the same sentence, a paragraph break as a new one', () => {
    const toks = tokenize('la Délégation générale\ndu Québec\n\nsuite');
    expect(toks.find((t) => t.text === 'du')?.lineStart).toBe(false);
    expect(toks.find((t) => t.text === 'suite')?.lineStart).toBe(true);
  });

  it('joins words around a dash without spaces (Québec–Ontario)', () => {
    expect(texts('le groupe Québec–Ontario')).toEqual(['le', 'groupe', 'Québec–Ontario']);
  });

  it('skips every white space between words, a form feed and an Ogham space mark included, and keeps a dash', () => {
    expect(texts('Ada\u000cQuorrin\u1680signe\u00a0– oui')).toEqual(['Ada', 'Quorrin', 'signe', '–', 'oui']);
  });
});
