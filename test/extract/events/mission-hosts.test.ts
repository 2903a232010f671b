import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import { entitiesFor, firstOfType } from './entities-for.js';

describe('the travelling side named at two scales', () => {
  it('keeps the town and drops the country that holds it', () => {
    const text =
      "Accompagné d'une délégation venue de la France, le maire de Villeneuve-sur-Lot, Jean Dupré, s'est rendu à Bouaké le 7 février pour renouveler le jumelage.";
    const country: Record<string, string> = { France: 'FR', 'Villeneuve-sur-Lot': 'FR', Bouaké: 'CI' };
    const entities = entitiesFor(text, [['PLACE', 'France'], ['PLACE', 'Villeneuve-sur-Lot'], ['PLACE', 'Bouaké'], ['PERSON', 'Jean Dupré']]).map((e) =>
      country[e.name] ? { ...e, geo: { lat: 0, lon: 0, country: country[e.name]! } } : e,
    );
    const out = extractEvents({ text, language: 'fr', sentences: splitSentences(text), entities, dates: [] });
    const trip = firstOfType(out, 'mission');
    expect(trip?.parties).toContain('Bouaké');
    expect(trip?.parties).not.toContain('France');
  });
});

describe('a site the trip visited', () => {
  it('is where it went, not a side of it', () => {
    const text =
      'A trade delegation from Auckland Business Chamber spent three days in Valparaíso in May, with site visits at the Port of Valparaíso and the Plaza Sotomayor.';
    const entities = entitiesFor(text, [
      ['ORG', 'Auckland Business Chamber'], ['PLACE', 'Auckland'], ['PLACE', 'Valparaíso'], ['PLACE', 'Port of Valparaíso'], ['PLACE', 'Plaza Sotomayor'],
    ]);
    const out = extractEvents({ text, language: 'en', sentences: splitSentences(text), entities, dates: [] });
    const trip = firstOfType(out, 'mission');
    expect(trip?.parties).toContain('Auckland Business Chamber');
    expect(trip?.parties).not.toContain('Port of Valparaíso');
    expect(trip?.parties).not.toContain('Plaza Sotomayor');
  });
});

describe('towns of one country a trip goes to', () => {
  const geo = (country: string) => ({ lat: 0, lon: 0, country });
  const run = (text: string) => {
    const entities = entitiesFor(text, [['ORG', 'Dunmere Chamber of Commerce'], ['PLACE', 'Velmont'], ['PLACE', 'Kestrow']]).map((e) =>
      e.type === 'PLACE' ? { ...e, geo: geo('NZ') } : e,
    );
    return firstOfType(extractEvents({ text, language: 'en', sentences: splitSentences(text), entities, dates: [] }), 'mission');
  };

  it('are each a host when the trip names them in one list ("to X and Y")', () => {
    const trip = run('A delegation of the Dunmere Chamber of Commerce will travel to Velmont and Kestrow in May to meet exporters.');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Velmont', 'Kestrow']));
  });

  it('keep one host when the second town is only a stop told apart ("a day in Y")', () => {
    const trip = run('A delegation of the Dunmere Chamber of Commerce will travel to Velmont in May, with a day in Kestrow.');
    expect(trip).toBeDefined();
    expect(trip?.parties).not.toContain('Kestrow');
  });
});
