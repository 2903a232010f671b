import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('organizations: legal forms and partners’ tails', () => {
  it('takes a capitalized run closed by a lower-case legal form, with its article mid-sentence', () => {
    const text = 'Le contrat a été accordé à Les Constructions Pelletier-Roy ltée en mai.';
    expect(namesOf(text, 'ORG')).toContain('Les Constructions Pelletier-Roy ltée');
  });

  it('keeps "& Fils" and "& Associés sprl" in the name', () => {
    expect(namesOf('La boulangerie Gagnon & Fils de Rimouski a ouvert une succursale.', 'ORG')).toContain('Gagnon & Fils');
    expect(namesOf('Le cabinet Dubois & Associés sprl, de Liège, conseille la commune.', 'ORG')).toEqual(['Dubois & Associés sprl']);
  });

  it('leaves "X-based" out of the name', () => {
    expect(namesOf('Accra-based Kofi Cocoa Ltd signed a supply deal last week.', 'ORG', 'en')).toEqual(['Kofi Cocoa Ltd']);
  });

  it('takes the company coordinated with one that has a legal form', () => {
    const text = 'Deux fournisseurs, Métaux Laurentides inc. et Boréalis Verre, financeront le projet.';
    expect(namesOf(text, 'ORG')).toEqual(['Boréalis Verre', 'Métaux Laurentides inc']);
  });

  it('does not read "SA" of a French headline as a legal form', () => {
    expect(namesOf('LA COMMUNE RENOUVELLE SA CONFIANCE AU COMITÉ\n\nLe texte suit.', 'ORG')).toEqual([]);
  });
});

describe('organizations: where a French name ends', () => {
  it('stops before "à X" after a name unless the body has a seat there', () => {
    const text = 'Une mission de la Chambre de commerce et d’industrie de Nantes à Lyon est prévue en juin.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Nantes'), placeAt(text, 'Lyon')])).toEqual(['Chambre de commerce et d’industrie de Nantes']);
  });

  it('reads a word before "que" as a verb, not an adjective of the head', () => {
    expect(namesOf('La Ville rappelle que le budget est équilibré.', 'ORG')).toEqual([]);
  });

  it('keeps "la région X" a place unless it is the short form of a "Région X" the text names', () => {
    const alone = 'Le projet touche la région Bretagne et ses ports.';
    expect(namesOf(alone, 'ORG', 'fr', [placeAt(alone, 'Bretagne')])).toEqual([]);
    expect(namesOf(alone, 'PLACE', 'fr', [placeAt(alone, 'Bretagne')])).toEqual(['Bretagne']);
    const both = 'La Région Bretagne finance le port. Pour la région Bretagne, le choix est simple.';
    expect(namesOf(both, 'ORG', 'fr', [placeAt(both, 'Bretagne')])).toEqual(['Région Bretagne']);
  });
});

describe('places named only inside an organization’s name', () => {
  it('are not listed, unless the body is the territory’s own or the place is named elsewhere too', () => {
    const inside = 'Le Fonds de recherche du Yukon finance le projet.';
    expect(namesOf(inside, 'PLACE', 'fr', [placeAt(inside, 'Yukon')])).toEqual([]);
    const own = 'La Région Bretagne finance le projet.';
    expect(namesOf(own, 'PLACE', 'fr', [placeAt(own, 'Bretagne')])).toEqual(['Bretagne']);
    const twice = 'Le Fonds de recherche du Yukon finance le projet au Yukon.';
    const second = twice.lastIndexOf('Yukon');
    expect(namesOf(twice, 'PLACE', 'fr', [placeAt(twice, 'Yukon'), { start: second, end: second + 5, name: 'Yukon', confidence: 0.9 }])).toEqual(['Yukon']);
  });
});
