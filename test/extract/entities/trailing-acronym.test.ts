import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an acronym written right after a name, without brackets', () => {
  it('is not a word of the name', () => {
    const text = "Canton du Jura\nService de l'emploi et de la formation professionnelle SEFP\n\nLe texte a été signé hier.";
    expect(namesOf(text, 'ORG')).toContain("Service de l'emploi et de la formation professionnelle");
  });

  it('keeps capitals that are no initials of the name', () => {
    expect(namesOf('La Chambre de commerce CCI Jura a signé.', 'ORG')).toEqual(['Chambre de commerce CCI Jura']);
  });
});
