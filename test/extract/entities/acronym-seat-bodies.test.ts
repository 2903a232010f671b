import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a French body named by its initials and the place it serves', () => {
  it('reads "le SDIS du X", "la MFR de X", "du CRD de X" as whole names', () => {
    const text = 'La navette est assurée avec le SDIS du Korrowa. Le directeur du CRD de Tallis et la MFR de Brelland ont signé.';
    expect(namesOf(text, 'ORG')).toEqual(['CRD de Tallis', 'MFR de Brelland', 'SDIS du Korrowa']);
  });

  it('leaves initials after a noun or a common noun in capitals alone', () => {
    const text = 'Trois PME de Brelland et le site ACME de Tallis ont présenté leurs produits.';
    const names = namesOf(text, 'ORG');
    expect(names).not.toContain('PME de Brelland');
    expect(names).not.toContain('ACME de Tallis');
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
