import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an assembly that is a gathering', () => {
  it('names no body after "the sidelines of" or after its year', () => {
    expect(namesOf('They signed it on the sidelines of the Brelland Harbour Assembly at the hall.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('The plan was born at the 2024 Korrowa Ports Assembly in June.', 'ORG', 'en')).toEqual([]);
  });

  it('keeps an assembly that sits and votes', () => {
    expect(namesOf('The Tallis County Assembly approved the memorandum on Monday.', 'ORG', 'en')).toEqual(['Tallis County Assembly']);
    expect(namesOf('In 2024 the Tallis County Assembly approved the memorandum.', 'ORG', 'en')).toEqual(['Tallis County Assembly']);
  });
});
