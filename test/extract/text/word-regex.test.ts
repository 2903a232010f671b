import { describe, expect, it } from 'vitest';
import { asciiWordRegex, SuffixRegex, withoutWordBoundaries, WordStartRegex, WordSuffixRegex } from '../../../src/extract/text/word-regex.js';

describe('SuffixRegex', () => {
  const source = String.raw`(?:^|[^\p{L}])(?:une?|an?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}`;
  const suffix = new SuffixRegex(source, 'iu');
  const anchored = new RegExp(`(?:${source})$`, 'iu');

  it.each([
    ['ils ont signé une ', true],
    ['Une nouvelle ', true],
    ['signed an important trade ', true],
    ['1a ', true],
    ['plusieurs ', false],
    ['a trois petites nouvelles ', false],
    ['une', false],
    ['lune ', false],
  ])('"%s" ends with the pattern: %s', (text, expected) => {
    expect(suffix.test(text)).toBe(expected);
    expect(anchored.test(text)).toBe(expected);
  });

  it('reads the end of the text only, at every call', () => {
    expect(suffix.test('une offre')).toBe(false);
    expect(suffix.test('une ')).toBe(true);
  });
});

describe('WordSuffixRegex', () => {
  const source = String.raw`(?:à|au|en|in|at|basée?s?\s+à)\s+(?:la\s+|l['’]|the\s+)?`;
  const suffix = new WordSuffixRegex(source);
  const start = new WordStartRegex(`${source}$`);

  it.each([
    ['signé à ', true],
    ['basée à la ', true],
    ["réunis à l'", true],
    ['held in the ', true],
    ['Québec à Paris', false],
    ['mardi ', false],
    ['grandà ', false],
    ['à', false],
  ])('"%s" ends with a cue: %s', (text, expected) => {
    expect(suffix.test(text)).toBe(expected);
    expect(start.test(text)).toBe(expected);
  });
});

describe('withoutWordBoundaries', () => {
  const re = /\b(?:visit(?:ed|s)?|accueill(?:e|ait))\b/iu;
  const gate = withoutWordBoundaries(re);

  it('drops the \\b and keeps the flags', () => {
    expect(gate.source).toBe('(?:visit(?:ed|s)?|accueill(?:e|ait))');
    expect(gate.flags).toBe('iu');
  });

  it.each(['The mayor VISITED Lyon', 'Elle accueille la délégation à Rennes', 'revisited', 'visitors', 'Aucune visite'])('matches wherever the pattern does: "%s"', (text) => {
    if (re.test(text)) expect(gate.test(text)).toBe(true);
  });

  it('leaves an escaped backslash before a b alone', () => {
    expect(withoutWordBoundaries(/a\\b/u).source).toBe('a\\\\b');
  });

  it('refuses a negative lookaround, where a dropped \\b could remove matches', () => {
    expect(() => withoutWordBoundaries(/x(?!\bvisit)/u)).toThrow();
  });
});

describe('asciiWordRegex', () => {
  const source = String.raw`\b(?:no|not|aucune?|sans|pas)\b|n['’]|séjourn|\bstay(?:ed|ing)?\b`;
  const fast = asciiWordRegex(source, 'iu');

  it('writes each \\b as the lookaround it stands for', () => {
    expect(fast.source).toBe(String.raw`(?<!\w)(?:no|not|aucune?|sans|pas)(?!\w)|n['’]|séjourn|(?<!\w)stay(?:ed|ing)?(?!\w)`);
    expect(fast.flags).toBe('iu');
  });

  it.each([
    'Il ne signe pas', 'PAS de signature', 'passé', 'Nota bene', 'no', 'a_no', 'x1not', 'unpassable', 'éno', 'pasé',
    'ſans', 'Kno', 'stayed in Lyon', 'outstaying', 'Stay_', 'qu’il', 'aucunement', 'sans-abri', 'long séjourn',
  ])('finds what \\b finds (ASCII word characters, and ſ and K under iu): "%s"', (text) => {
    const slow = new RegExp(source, 'iu');
    expect(fast.exec(text)?.index).toBe(slow.exec(text)?.index);
    expect(fast.exec(text)?.[0]).toBe(slow.exec(text)?.[0]);
  });
});
