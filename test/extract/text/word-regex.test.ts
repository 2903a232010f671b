import { describe, expect, it } from 'vitest';
import { WordStartRegex, WordSuffixRegex } from '../../../src/extract/text/word-regex.js';

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
