import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an en dash inside a French body’s name', () => {
  it('keeps the second name of a numbered university, even before a verb', () => {
    const text = "L'Université Lyon II – Jean Moulin prévoit de signer un accord avec l'Université Laval.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Université Laval', 'Université Lyon II – Jean Moulin']);
    expect(namesOf(text, 'PERSON', 'fr')).toEqual([]);
  });

  it('keeps an acronym after a body whose head is an acronym', () => {
    const text = "Le CISSS de la Gaspésie – CHRG a signé l'entente lundi.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['CISSS de la Gaspésie – CHRG']);
  });

  it('leaves a contact or an aside after the dash', () => {
    const text = "Direction de la communication – Julie Tremblay\nL'Université Laval – qui fête ses cent ans – a signé l'accord.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Direction de la communication', 'Université Laval']);
  });
});
