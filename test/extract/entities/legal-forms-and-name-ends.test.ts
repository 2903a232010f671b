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

describe('organizations: cues generalized', () => {
  it('reads "À X, le groupe …" as a place phrase, not an apposition', () => {
    const text = 'À Rivebelle, le groupe a visité une usine.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Rivebelle')])).toEqual([]);
  });

  it('takes a two-word firm after a role even when its first word is a common noun', () => {
    expect(namesOf('Selon Lise Roy, présidente de Mécanique Valmont, la demande croît.', 'ORG')).toEqual(['Mécanique Valmont']);
    expect(namesOf('Le président de la République a parlé.', 'ORG')).toEqual([]);
  });

  it('leaves a body’s people and roles out of an acronym’s name', () => {
    expect(namesOf('The ABCC Members met the XYZU Principal in May.', 'ORG', 'en')).toEqual(['ABCC', 'XYZU']);
  });

  it('keeps a diplomatic post’s seat in its name', () => {
    expect(namesOf('The Consulate General of Norway in Houston hosted the group.', 'ORG', 'en')).toEqual(['Consulate General of Norway in Houston']);
    expect(namesOf('Elle a rencontré l’ambassade de Norvège en Espagne hier.', 'ORG')).toEqual(['ambassade de Norvège en Espagne']);
  });

  it('takes a firm after a lower-case shop noun, its article included', () => {
    expect(namesOf('Elle a rencontré la fromagerie Les Délices du Lac et la poissonnerie Marée Haute.', 'ORG')).toEqual(['Les Délices du Lac', 'Marée Haute']);
  });

  it('takes "Education X", "Venture X" and "X Hydro" when X is a place', () => {
    const text = 'Funding came from Education Norway and Nova Hydro, both based in Norway and Nova.';
    const places = [placeAt(text, 'Norway'), { ...placeAt(text, 'in Norway'), start: text.indexOf('in Norway') + 3, name: 'Norway' }, { start: text.lastIndexOf('Nova'), end: text.lastIndexOf('Nova') + 4, name: 'Nova', confidence: 0.9 }];
    expect(namesOf(text, 'ORG', 'en', places)).toEqual(['Education Norway', 'Nova Hydro']);
  });
});

describe('organizations: two names joined by "&"', () => {
  it('takes "X & Y" as a firm, not common nouns, two places or an event', () => {
    expect(namesOf('Ernst & Young and Procter & Gamble advised the buyers.', 'ORG', 'en')).toEqual(['Ernst & Young', 'Procter & Gamble']);
    expect(namesOf('Le service Recherche & Développement a présenté le volet Arts & Culture.', 'ORG')).toEqual([]);
    expect(namesOf('They met at the next Miners & Makers forum in May.', 'ORG', 'en')).toEqual([]);
  });
});

describe('organizations: "X-based" before a head-word name', () => {
  it('leaves where a body is based out of its name', () => {
    expect(namesOf('Yesterday, Sudbury-based Boreal Mining Group signed the deal.', 'ORG', 'en')).toEqual(['Boreal Mining Group']);
  });

  it('leaves it out of a name that an industry noun closes', () => {
    expect(namesOf('A deal was struck between Hobart-based Tamar Ridge Composites and a buyer.', 'ORG', 'en')).toEqual(['Tamar Ridge Composites']);
  });
});

describe('organizations: a discourse adverb before an apposition', () => {
  it('takes no "Enfin, la société …" for a name', () => {
    expect(namesOf("Enfin, la jeune entreprise lyonnaise Sologic a signé un accord.", 'ORG', 'fr')).not.toContain('Enfin');
    expect(namesOf('Finally, the regional development agency will host them.', 'ORG', 'en')).not.toContain('Finally');
  });
});

describe('people: English titles', () => {
  it('reads "Professor" before an unknown given name as a title', () => {
    expect(namesOf('The deal was signed by Professor Eirwen Tal-Morgan, the dean.', 'PERSON', 'en')).toEqual(['Eirwen Tal-Morgan']);
  });
});

describe('organizations: a state as a body', () => {
  it('reads "State of X" as a body when X is a place', () => {
    const text = 'Officials of the State of Vermont met the Secretary of State. The State of Emergency ended.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Vermont')])).toEqual(['State of Vermont']);
  });
});

describe('a legal form whose first half is abbreviated ("Pvt. Ltd.")', () => {
  it('keeps "Pvt." and the name before it', () => {
    const text = 'Steelmark signed a supply deal with Korvani Forge Pvt. Ltd., a Bhavnagar maker of flanges.';
    expect(namesOf(text, 'ORG', 'en')).toContain('Korvani Forge Pvt. Ltd');
  });

  it('leaves a sentence that ends on an abbreviation apart', () => {
    const text = 'The deal was signed in Bhavnagar on Oct. Ltd. firms attended.';
    expect(namesOf(text, 'ORG', 'en').some((n) => n.includes('Oct'))).toBe(false);
  });
});
