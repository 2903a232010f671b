import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../src/extract/dates/extract-dates.js';
import { extractEvents } from '../../../src/extract/events/extract-events.js';
import { splitSentences } from '../../../src/extract/text/split-sentences.js';
import type { EntityType, Language } from '../../../src/extract/types.js';
import { dateFor, entitiesFor } from './entities-for.js';

type Spec = readonly [EntityType, string, ...string[]];

function events(text: string, specs: readonly Spec[], dates: DateMention[] = [], language: Language = 'fr') {
  return extractEvents({ text, language, sentences: splitSentences(text), entities: entitiesFor(text, specs), dates });
}

describe('datelines of wire services', () => {
  it('keeps the wire tag and the dateline city out of the parties, and the dateline date out of the event', () => {
    const text =
      'WINNIPEG, Jan. 9, 2025 /NEWSWIRE/ – Manitoba Hydro and Hydro-Québec signed a memorandum of understanding on grid interconnection on Jan. 8 in Montréal.';
    const [e, ...rest] = events(
      text,
      [['PLACE', 'WINNIPEG'], ['ORG', 'NEWSWIRE'], ['ORG', 'Manitoba Hydro'], ['ORG', 'Hydro-Québec'], ['PLACE', 'Montréal']],
      [dateFor(text, 'Jan. 9, 2025', '2025-01-09'), dateFor(text, 'Jan. 8', '2025-01-08')],
      'en',
    );
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({ parties: ['Manitoba Hydro', 'Hydro-Québec'], date: '2025-01-08', place: 'Montréal' });
  });

  it('reads a dateline whose date is in brackets after a state abbreviation', () => {
    const text = 'PORTLAND, Ore. (March 3, 2025) – A trade mission led by Governor Ann Reyes returned from Vietnam, where firms met buyers in Hanoi from Feb. 24-28.';
    const [e] = events(
      text,
      [['PLACE', 'PORTLAND'], ['PLACE', 'Vietnam'], ['PLACE', 'Hanoi'], ['PERSON', 'Ann Reyes']],
      [dateFor(text, 'March 3, 2025', '2025-03-03'), dateFor(text, 'Feb. 24-28', '2025-02-24/2025-02-28')],
      'en',
    );
    expect(e?.date).toBe('2025-02-24/2025-02-28');
    expect(e?.parties).not.toContain('PORTLAND');
  });
});

describe('negated agreements', () => {
  it('makes no agreement of "no agreements were signed"', () => {
    const text = 'The delegation from Glasgow met officials in Lyon. No agreements were signed during the visit, but Glasgow and Lyon will keep talking.';
    const out = events(text, [['PLACE', 'Glasgow'], ['PLACE', 'Lyon']], [], 'en');
    expect(out.filter((e) => e.type === 'agreement')).toHaveLength(0);
  });

  it('makes no agreement of "aucune entente n’a été signée"', () => {
    const text = 'La Ville de Namur et la Ville de Gatineau ont discuté de tourisme, mais aucune entente n’a été signée à cette occasion.';
    const out = events(text, [['ORG', 'Ville de Namur'], ['ORG', 'Ville de Gatineau']]);
    expect(out.filter((e) => e.type === 'agreement')).toHaveLength(0);
  });

  it('reads "n’a pas encore été signée" as planned', () => {
    const text = 'La convention entre la Ville de Namur et la Ville de Gatineau n’a pas encore été signée.';
    const [e] = events(text, [['ORG', 'Ville de Namur'], ['ORG', 'Ville de Gatineau']]);
    expect(e).toMatchObject({ type: 'agreement', status: 'planned' });
  });
});

describe('a mission that is a purpose', () => {
  it('makes no trip of "La mission de X est de …"', () => {
    const text = 'La mission de Montréal International est d’attirer des entreprises étrangères, de Laval à Longueuil.';
    const out = events(text, [['ORG', 'Montréal International'], ['PLACE', 'Laval'], ['PLACE', 'Longueuil']]);
    expect(out.filter((e) => e.type === 'mission')).toHaveLength(0);
  });

  it('makes no trip of "the mission of X was to"', () => {
    const text = 'The mission of Invest Ottawa was to bring companies to Ottawa.';
    const out = events(text, [['ORG', 'Invest Ottawa'], ['PLACE', 'Ottawa']], [], 'en');
    expect(out.filter((e) => e.type === 'mission')).toHaveLength(0);
  });
});
