import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an acronym defined by an event\'s name', () => {
  it('names no body when the long form ends with an event word ("… Heritage Week (BMHW)")', () => {
    const text = 'The college signed the memorandum on the sidelines of Brelland Maritime Heritage Week (BMHW).';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('keeps a body whose name holds an event word before its head ("Trade Fair Authority (TTFA)")', () => {
    const text = 'The Tallis Trade Fair Authority (TTFA) signed the memorandum on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Tallis Trade Fair Authority']);
  });
});
