import { describe, expect, it } from 'vitest';
import { withoutWordBoundaries, WordStartRegex, WordSuffixRegex } from '../../../src/extract/text/word-regex.js';

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
