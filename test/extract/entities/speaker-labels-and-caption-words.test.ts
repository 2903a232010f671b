import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('words in capitals that name no body', () => {
  it('reads no body in a speaker label of a transcript', () => {
    expect(namesOf('Interview\n\nTEJAL OKAFOR: We went to Kerala with the chamber.\n', 'ORG', 'en')).toEqual([]);
  });

  it('keeps an acronym alone before a colon', () => {
    expect(namesOf('Interview\n\nNASA: the agency confirmed it.\n', 'ORG', 'en')).toEqual(['NASA']);
  });

  it('reads no body in a caption or a minutes heading', () => {
    expect(namesOf('PHOTO: the signing.\n\nMINUTES of the meeting of the council.\n\nCHAIR: ........\n', 'ORG', 'en')).toEqual([]);
  });
});
