import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a building where something happens, behind its owner or one of its parts', () => {
  it('reads a centre named after its owner’s possessive as a place', () => {
    const text = 'The memorandum was signed on Monday at Brisk University’s Harlan Alumni Centre. It runs three years.';
    expect(namesOf(text, 'PLACE', 'en')).toContain('Harlan Alumni Centre');
  });

  it('reads a centre after a part of it and "of the" as a place', () => {
    const text = 'On Monday, in the foyer of the Dunmore Entertainment Centre, the two councils signed a friendship agreement.';
    expect(namesOf(text, 'PLACE', 'en')).toContain('Dunmore Entertainment Centre');
  });

  it('keeps a centre after a possessive with no place cue as a body (near miss)', () => {
    const text = "The programme is run by Brisk University's Harlan Alumni Centre, which signed the deal.";
    expect(namesOf(text, 'ORG', 'en')).toContain('Harlan Alumni Centre');
  });

  it('keeps a centre after "the director of the" as a body (near miss)', () => {
    const text = 'On Monday, the director of the Dunmore Entertainment Centre signed a friendship agreement.';
    expect(namesOf(text, 'ORG', 'en')).toContain('Dunmore Entertainment Centre');
  });

  it('reads no saint’s possessive as an owner: the building keeps its type (near miss)', () => {
    const text = "The agreement was signed on Friday at St Brendan's Harbour Arts Centre.";
    expect(namesOf(text, 'PLACE', 'en')).not.toContain('Harbour Arts Centre');
  });
});
