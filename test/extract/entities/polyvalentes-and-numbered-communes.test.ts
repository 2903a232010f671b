import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a Quebec secondary school named "polyvalente"', () => {
  it('reads the head in lower case or capitalized, with a name or a place after it', () => {
    const text = "Une entente lie la polyvalente Saint-Joseph et le lycée Jean-Zay. La Polyvalente La Ruche et l'École polyvalente des Hauts-Bois participent aussi.";
    expect(namesOf(text, 'ORG')).toEqual(['lycée Jean-Zay', 'polyvalente Saint-Joseph', 'Polyvalente La Ruche', 'École polyvalente des Hauts-Bois'].sort());
  });

  it('leaves the school named by its head alone and a multi-purpose hall', () => {
    const text = 'La directrice de la polyvalente, Marie Tremblay, était présente. La salle polyvalente de Vimy accueille la fête.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Vimy')])).toEqual([]);
  });
});

describe('a town split into numbered communes', () => {
  it('keeps the number of the commune in the body name', () => {
    const text = 'Elle est accueillie par la commune de Nokoué 2 et par la mairie. Le texte ira au conseil municipal de Bafia 1er dès sa session.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Nokoué'), placeAt(text, 'Bafia')])).toEqual(['commune de Nokoué 2', 'conseil municipal de Bafia 1er']);
  });

  it('leaves a count after the town out of the name', () => {
    const text = 'La Ville de Laval 3 fois plus grande. La commune de Lokossa 2 000 habitants.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Laval'), placeAt(text, 'Lokossa')])).toEqual(['Ville de Laval', 'commune de Lokossa']);
  });
});
