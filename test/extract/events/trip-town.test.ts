import { describe, expect, it } from 'vitest';
import { eventsFor, type Spec } from './entities-for.js';

function tripPlaces(text: string, specs: readonly Spec[], language: 'fr' | 'en' = 'en'): (string | undefined)[] {
  return eventsFor(text, specs, [], language)
    .filter((e) => e.type === 'mission')
    .map((e) => e.place);
}

describe('a trip worded as a country, then placed in one of its towns', () => {
  const specs: Spec[] = [['ORG', 'City of Campbellton'], ['PLACE', 'Portugal'], ['PLACE', 'Braga'], ['PLACE', 'Porto']];

  it('went to the town its sentence names after a locative', () => {
    const text = 'A business delegation from the City of Campbellton travelled to Portugal last week. The mission spent five days in Braga, meeting local firms.';
    expect(tripPlaces(text, specs.slice(0, 3))).toEqual(['Braga']);
  });

  it('went to the town named before its country ("to X, Portugal")', () => {
    const text = 'A trade mission from the City of Campbellton to Braga, Portugal, ended on Friday.';
    expect(tripPlaces(text, specs.slice(0, 3))).toEqual(['Braga']);
  });

  it('stays in the country when the trip toured two of its towns', () => {
    const text = 'A business delegation from the City of Campbellton travelled to Portugal last week. The mission spent three days in Braga and two in Porto.';
    expect(tripPlaces(text, specs)).toEqual(['Portugal']);
  });

  it('stays in the country when the town is the seat of a site visited ("the campus in X")', () => {
    const text = 'A business delegation from the City of Campbellton travelled to Portugal last week. The mission toured a university campus in Braga.';
    expect(tripPlaces(text, specs.slice(0, 3))).toEqual(['Portugal']);
  });

  it('stays in the country when the town is a further stop ("also travelled to X")', () => {
    const text = 'A business delegation from the City of Campbellton travelled to Portugal last week. The mission also travelled to Braga to meet local firms.';
    expect(tripPlaces(text, specs.slice(0, 3))).toEqual(['Portugal']);
  });
});

describe('a trip received by the commune of a town', () => {
  const specs: Spec[] = [['ORG', 'Ville de Rimouski'], ['PLACE', 'Portugal'], ['ORG', 'Ville de Braga'], ['PLACE', 'Braga']];

  it('went to that town when its own sentence does not word it as the country', () => {
    const text = "Une délégation de la Ville de Rimouski s'est rendue au Portugal en mai. Pendant son séjour, la délégation a été accueillie par la Ville de Braga.";
    expect(tripPlaces(text, specs, 'fr')).toEqual(['Braga']);
  });

  it('keeps the country its own sentence names', () => {
    const text = "Une délégation de la Ville de Rimouski a séjourné au Portugal en mai, accueillie par la Ville de Braga.";
    expect(tripPlaces(text, specs, 'fr')).toEqual(['Portugal']);
  });
});

describe('a trip worded as a country, at the invitation of a town', () => {
  const specs = (area: string): Spec[] => [['ORG', 'Ville de Sainte-Odile'], ['PLACE', area], ['ORG', 'commune de Valderrosa'], ['PLACE', 'Valderrosa']];

  it("went to the town whose commune invited it, in the country's own sentence", () => {
    const text = "Une délégation de la Ville de Sainte-Odile s'est rendue au Pérou du 3 au 9 mai, à l'invitation de la commune de Valderrosa.";
    expect(tripPlaces(text, specs('Pérou'), 'fr')).toEqual(['Valderrosa']);
  });

  it('keeps a region the trip is worded as, whoever invited it', () => {
    const text = "Une délégation de la Ville de Sainte-Odile a séjourné en Morvandie du 3 au 9 mai, à l'invitation de la commune de Valderrosa.";
    expect(tripPlaces(text, specs('Morvandie'), 'fr')).toEqual(['Morvandie']);
  });

  it('keeps the country when the commune only received it in that sentence', () => {
    const text = "Une délégation de la Ville de Sainte-Odile a séjourné au Pérou du 3 au 9 mai, reçue par la commune de Valderrosa.";
    expect(tripPlaces(text, specs('Pérou'), 'fr')).toEqual(['Pérou']);
  });
});

describe('a trip received by a "Municipalité de X"', () => {
  it('went to that town (the body word ends in an accented letter)', () => {
    const specs: Spec[] = [['ORG', 'Ville de Sainte-Odile'], ['PLACE', 'Pérou'], ['ORG', 'Municipalité de Valderrosa'], ['PLACE', 'Valderrosa']];
    const text = "Une délégation de la Ville de Sainte-Odile s'est rendue au Pérou en mai. Pendant son séjour, la délégation a été accueillie par la Municipalité de Valderrosa.";
    expect(tripPlaces(text, specs, 'fr')).toEqual(['Valderrosa']);
  });
});

describe('a trip told as a stay "in town" with its hosts', () => {
  const specs: Spec[] = [['ORG', 'Vellmar Town Council'], ['PLACE', 'Vellmar'], ['ORG', 'City of Ostrabay'], ['PLACE', 'Ostrabay']];

  it('went to the town whose body had the visitors "as guests"', () => {
    const text = 'Last week a delegation from Vellmar Town Council spent five days in town, from 4 to 8 May, as guests of the City of Ostrabay.';
    expect(tripPlaces(text, specs)).toEqual(['Ostrabay']);
  });

  it('reads no hosts from "whereas guests of …"', () => {
    const text = 'A six-member delegation from Vellmar Town Council was in town from 4 to 8 May, whereas guests of the City of Ostrabay come in June.';
    expect(tripPlaces(text, specs)).not.toEqual(['Ostrabay']);
  });

  it('keeps a region the stay is worded as, whose guests the visitors were', () => {
    const text = 'A six-member delegation from Vellmar Town Council was in Morvandie from 4 to 8 May as guests of the City of Ostrabay.';
    expect(tripPlaces(text, [...specs, ['PLACE', 'Morvandie']])).toEqual(['Morvandie']);
  });
});
