import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import { dateFor, entitiesFor, missionFor, type Spec } from './entities-for.js';

function withCountries(text: string, specs: readonly Spec[], country: Record<string, string>) {
  return entitiesFor(text, specs).map((e) => (country[e.name] ? { ...e, geo: { lat: 0, lon: 0, country: country[e.name]! } } : e));
}

describe("a country named by its possessive before a smaller place ('to Brazil's Paraná State')", () => {
  const text = "A Manitoba trade mission to Brazil's Paraná State ended on Friday after four days of meetings with buyers.";
  const country = { Manitoba: 'CA', Brazil: 'BR', 'Paraná State': 'BR' };

  it('is neither a host of the trip nor its place', () => {
    const entities = withCountries(text, [['PLACE', 'Manitoba'], ['PLACE', 'Brazil'], ['PLACE', 'Paraná State']], country);
    const trip = extractEvents({ text, language: 'en', sentences: splitSentences(text), entities, dates: [] }).find((e) => e.type === 'mission');
    expect(trip?.parties).toContain('Paraná State');
    expect(trip?.parties).not.toContain('Brazil');
    expect(trip?.place).toBe('Paraná State');
  });

  it('stays a host when no place follows it', () => {
    const plain = 'A Manitoba trade mission to Brazil ended on Friday after four days of meetings with buyers.';
    const entities = withCountries(plain, [['PLACE', 'Manitoba'], ['PLACE', 'Brazil']], country);
    const trip = extractEvents({ text: plain, language: 'en', sentences: splitSentences(plain), entities, dates: [] }).find((e) => e.type === 'mission');
    expect(trip?.parties).toContain('Brazil');
  });
});

describe("a trip's heading and the sentence that tells it", () => {
  const specs: Spec[] = [['PLACE', 'Vannes'], ['PLACE', 'Québec'], ['PLACE', 'Mauricie'], ['ORG', 'Ville de Trois-Rivières']];

  it('takes the place of the dated telling over the broad one of the heading', () => {
    const text = [
      'Une délégation vannetaise au Québec',
      '',
      "La signature a clos le séjour d'une délégation vannetaise venue en Mauricie du 3 au 8 mai, à l'invitation de la Ville de Trois-Rivières.",
      '',
      'Le conseil municipal de Vannes en fera le bilan en juin.',
    ].join('\n');
    const trip = missionFor(text, specs, [dateFor(text, 'du 3 au 8 mai', '2026-05-03/2026-05-08')]);
    expect(trip?.place).toBe('Mauricie');
    expect(trip?.parties).toContain('Mauricie');
    expect(trip?.parties).not.toContain('Québec');
  });

  it("keeps the heading's place when the telling names none", () => {
    const text = [
      'Une délégation vannetaise au Québec',
      '',
      "La signature a clos le séjour d'une délégation vannetaise du 3 au 8 mai, à l'invitation de la Ville de Trois-Rivières.",
      '',
      'Le conseil municipal de Vannes en fera le bilan en juin.',
    ].join('\n');
    const trip = missionFor(text, specs.filter(([, n]) => n !== 'Mauricie'), [dateFor(text, 'du 3 au 8 mai', '2026-05-03/2026-05-08')]);
    expect(trip?.place).toBe('Québec');
  });

  it("keeps the heading's town when the telling names the country that holds it", () => {
    const text = [
      'Une délégation vannetaise à Trois-Rivières',
      '',
      "La signature a clos le séjour d'une délégation vannetaise venue au Canada du 3 au 8 mai, à l'invitation de la Ville de Trois-Rivières.",
      '',
      'Le conseil municipal de Vannes en fera le bilan en juin.',
    ].join('\n');
    const specs: Spec[] = [['PLACE', 'Vannes'], ['PLACE', 'Trois-Rivières'], ['PLACE', 'Canada'], ['ORG', 'Ville de Trois-Rivières']];
    const trip = missionFor(text, specs, [dateFor(text, 'du 3 au 8 mai', '2026-05-03/2026-05-08')]);
    expect(trip?.place).not.toBe('Canada');
  });
});
