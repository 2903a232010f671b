import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('people: "Ing.", "Mdm" and "Fr." honorifics', () => {
  it('leaves Ing., Mdm and Fr. out of the name', () => {
    const text =
      'The signatories were Rector Prof. Ing. Jozef Kováč, Deputy CEO Mdm Nur Aisyah Rahman and President Fr. Romeo Bautista.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Jozef Kováč', 'Nur Aisyah Rahman', 'Romeo Bautista']);
  });

  it('keeps names that only start like them ("Ingold", "Frey")', () => {
    const text = 'Le texte a été signé par M. Frédéric Ingold et Mme Inès Frey.';
    expect(namesOf(text, 'PERSON', 'fr')).toEqual(['Frédéric Ingold', 'Inès Frey']);
  });
});
