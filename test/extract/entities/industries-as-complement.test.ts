import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';
import { namesOf } from './helpers.js';

describe('"Industries" after "of" inside a body’s name', () => {
  it('is the complement of the federation that heads the name, up to its state', () => {
    const text = 'The mission brought together the Federation of Industries of the State of Norvale (FINV) and the Port of Kestrel.';
    expect(namesOf(text, 'ORG', 'en')).toContain('Federation of Industries of the State of Norvale');
  });

  it('and of an association named after its place', () => {
    const text = 'The mission brought together the Association of Industries of Norvale and the Port of Kestrel.';
    expect(namesOf(text, 'ORG', 'en')).toContain('Association of Industries of Norvale');
  });

  it('still closes a company’s name when no "of" comes before it', () => {
    const text = 'The mission brought together Kestrel Industries of Norvale and the Port of Kestrel.';
    expect(namesOf(text, 'ORG', 'en')).toContain('Kestrel Industries');
  });
});

describe('a trip whose members list such a federation first', () => {
  it('keeps the federation and the body after it among the travellers', () => {
    const text =
      'A trade mission from Norvale was in Kestrel from May 2 to 6. The delegation included a dozen firms, the Federation of Industries of the State of Norvale (FINV) and the Federal University of Norvale (UFNV).';
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Federation of Industries of the State of Norvale', 'Federal University of Norvale']));
  });
});
