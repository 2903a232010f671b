import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../src/extract/places/find-places.js';
import type { Language } from '../../../src/extract/types.js';

const names = (text: string, language: Language = 'fr'): string[] => [...new Set(findPlaces(text, language).map((p) => p.name))];

describe('findPlaces: seats of diplomatic posts', () => {
  it('takes the city where a consulate or an embassy sits, not the country that sends it', () => {
    expect(names("Le projet a reçu l'appui du Consulat général de Suisse à Lyon et Marseille, selon le communiqué.")).toEqual(['Lyon', 'Marseille']);
    expect(names('The forum was backed by the Embassy of Portugal in Ottawa and a local college.', 'en')).toEqual(['Ottawa']);
  });

  it('leaves the city a delegation is sent to inside its name', () => {
    expect(names('La Délégation générale de la Wallonie à Lyon a aidé.')).not.toContain('Lyon');
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
