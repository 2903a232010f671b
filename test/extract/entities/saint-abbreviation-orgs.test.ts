import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an abbreviated saint inside a French body’s name', () => {
  it('keeps "St." and the saint’s name after a bare head and after a council', () => {
    const text = "Le maire a parlé lundi. La municipalité de St. Albury et le conseil municipal de St. Albury ont voté l'entente.";
    expect(namesOf(text, 'ORG')).toEqual(['conseil municipal de St. Albury', 'municipalité de St. Albury']);
  });

  it('ends the name at a sentence’s period before a new sentence that opens with "St."', () => {
    const text = "Le maire a parlé lundi. La délégation a rencontré la municipalité de Fleurac. St. Albury suivra.";
    expect(namesOf(text, 'ORG')).toEqual(['municipalité de Fleurac']);
  });
});
