import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a French body named by its initials and the place it serves', () => {
  it('reads "le SIRVA du X", "la MJT de X", "du CRLV de X" as whole names', () => {
    const text = 'La navette est assurée avec le SIRVA du Korrowa. Le directeur du CRLV de Tallis et la MJT de Brelland ont signé.';
    expect(namesOf(text, 'ORG')).toEqual(['CRLV de Tallis', 'MJT de Brelland', 'SIRVA du Korrowa']);
  });

  it('leaves a common noun in capitals after an article alone ("la TPE de X")', () => {
    expect(namesOf('Au salon, la TPE de Brelland a présenté ses produits.', 'ORG')).not.toContain('TPE de Brelland');
  });

  it('leaves initials after a noun alone ("le site ACME de X")', () => {
    expect(namesOf('Au salon, le site ACME de Tallis a présenté ses produits.', 'ORG')).toEqual(['ACME']);
  });
});
