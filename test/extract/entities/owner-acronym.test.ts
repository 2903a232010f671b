import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a unit named after its parent body\'s acronym', () => {
  it('ends the unit\'s name before "de l\'" + an acronym the text names alone', () => {
    const text = "L'UNVAL a signé. Le directeur du Centre de recherche sur la forêt claire de l'UNVAL, Paul Tremblin, a parlé.";
    expect(namesOf(text, 'ORG')).toContain('Centre de recherche sur la forêt claire');
  });

  it('keeps an acronym that heads a longer name elsewhere ("la MRC de X")', () => {
    const text = 'La MRC de Cendrine a signé. Le Centre local de développement de la MRC a aussi signé.';
    expect(namesOf(text, 'ORG')).toContain('Centre local de développement de la MRC');
  });

  it('keeps a body with no remit of its own ("Fonds de l\'UNVAL")', () => {
    const text = "L'UNVAL a signé. Le Fonds de l'UNVAL a versé une aide.";
    expect(namesOf(text, 'ORG')).toContain("Fonds de l'UNVAL");
  });

  it('reads a word that is also an object property ("constructor") before an acronym as no link', () => {
    const text = 'The Velmor engine constructor ACME signed an agreement with Harlowe on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toContain('ACME');
  });
});
