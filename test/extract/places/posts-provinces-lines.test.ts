import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import { placeNames } from './place-names.js';

const names = placeNames('fr');

describe('findPlaces: places of diplomatic posts', () => {
  it('takes the country that sends a consulate or an embassy and the city where it sits', () => {
    expect(names("Le projet a reçu l'appui du Consulat général de Suisse à Lyon et Marseille, selon le communiqué.")).toEqual(['Suisse', 'Lyon', 'Marseille']);
    expect(names('The forum was backed by the Embassy of Portugal in Ottawa and a local college.', 'en')).toEqual(['Portugal', 'Ottawa']);
  });

  it('reads the whole of a long post name and a high commission', () => {
    expect(names('Staff of the Embassy of the Republic of Estonia in Canberra came.', 'en')).toEqual(['Estonia', 'Canberra']);
    expect(names('A reception was hosted by the High Commission of Ghana in Wellington.', 'en')).toEqual(['Ghana', 'Wellington']);
    expect(names("L'ambassade du Portugal en Tunisie a aidé.")).toEqual(['Portugal', 'Tunisie']);
  });

  it('leaves the places of a delegation or a commission inside its name', () => {
    expect(names('La Délégation générale de la Wallonie a aidé.')).toEqual([]);
    expect(names('The Commission of Ghana for Trade met.', 'en')).toEqual([]);
  });

  it('takes the country named before an embassy or a consulate, as the one that sends it', () => {
    expect(names('Staff of the Portugal Embassy in Ottawa came.', 'en')).toEqual(['Portugal', 'Ottawa']);
    expect(names('The Ghana High Commission hosted a dinner.', 'en')).toEqual(['Ghana']);
    // Near miss: a country opening another body's name stays inside it.
    expect(names('The Portugal Trade Agency hosted a dinner.', 'en')).toEqual([]);
  });

  it('takes the place where a delegation or a representation sits, after its preposition', () => {
    expect(names('La Délégation générale de la Wallonie à Lyon a aidé.')).toEqual(['Lyon']);
    expect(names("La Délégation de l'Ontario en Belgique a reçu les élus.")).toEqual(['Belgique']);
    expect(names('A member of the Norwegian Representation in Rome attended.', 'en')).toEqual(['Rome']);
    // Near miss: the subject of the delegation, with no seat, stays the body's.
    expect(names('The Delegation of Ghana for Trade met.', 'en')).toEqual([]);
    expect(names('La Délégation de la Belgique a reçu les élus.')).toEqual([]);
  });
});

describe('findPlaces: a province named in a heading in capitals', () => {
  it('goes by its usual name, not the heading\'s words', () => {
    expect(names('PROVINCE DE QUÉBEC\nMUNICIPALITÉ DE ZOÉGONDVILLE\n\nProcès-verbal de la séance du conseil.')).toEqual(['Québec']);
  });

  it('keeps a town of a dateline in capitals in its own words', () => {
    expect(names('SAINT-ZOÉGOND-DU-LAC, le 3 mai 2026 – La municipalité a signé.')).toEqual(['Saint-Zoégond-du-Lac']);
  });
});

describe('findPlaces: provinces of the bulk table', () => {
  it('takes a province once a city of its country is named', () => {
    expect(names('Nurses from Pretoria met officials on Monday. The KwaZulu-Natal health department sent two observers.', 'en')).toEqual(['Pretoria', 'KwaZulu-Natal']);
  });
});

describe('findPlaces: names read backward from a head word', () => {
  it('does not read a feature’s name across a line break or a colon', () => {
    expect(names('Markets | Updated: 2026/03/14\n\nIsland farmers eye new buyers', 'en')).toEqual([]);
    expect(names('Filed: Monday\nIsland growers met in Halifax.', 'en')).toEqual(['Halifax']);
  });
});

describe('findPlaces: halls named with a capital head', () => {
  it('takes a palace or a theatre named after its link, a theatre with its town', () => {
    expect(names("Des centaines de visiteurs sont entrés au Palais d'Orval pour le salon.")).toEqual(["Palais d'Orval"]);
    expect(names('Le dîner a eu lieu au Grand Théâtre de Namur, mardi.')).toEqual(['Grand Théâtre de Namur', 'Namur']);
  });

  it('does not take a palace of a common noun', () => {
    expect(names('Le dossier est au Palais de Justice depuis mai.')).not.toContain('Palais de Justice');
  });
});

describe('findPlaces: towns a chamber of commerce is named by', () => {
  it('takes each town after a chamber’s acronym', () => {
    expect(names('La France y sera. La CCI Rouen Métropole Saint-Germain Évreux et la Chambre de commerce de Lévis ont signé.')).toEqual(['France', 'Rouen', 'Saint-Germain', 'Évreux', 'Lévis']);
  });
});

describe('findPlaces: names written in capitals', () => {
  it('names a place in capitals by its own words, with the gazetteer’s accents when they are the same name', () => {
    expect(names('TRADE TALKS WITH NORWAY\n\nThe council met on Monday.', 'en')).toEqual(['Norway']);
    expect(names('MONTREAL, le 3 mai 2025 – La ville a signé.')).toEqual(['Montréal']);
  });
});
