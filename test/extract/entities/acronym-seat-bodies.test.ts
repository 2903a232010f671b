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

  it('leaves a town’s plan or zone in capitals alone ("le PLU de X", "la ZAC de X", "le SCOT du X")', () => {
    const text = 'Le conseil a révisé le PLU de Brelland. La ZAC de Tallis accueillera le projet, conforme au SCOT du Korrowa.';
    const names = namesOf(text, 'ORG');
    expect(names).not.toContain('PLU de Brelland');
    expect(names).not.toContain('ZAC de Tallis');
    expect(names).not.toContain('SCOT du Korrowa');
  });

  it('still reads a syndicate’s initials with its place, "le SIVOM de X"', () => {
    expect(namesOf('Le conseil a voté une subvention pour le SIVOM de Brelland.', 'ORG')).toContain('SIVOM de Brelland');
  });
});
