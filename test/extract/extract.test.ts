import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { LANGUAGES, type Extraction } from '../../src/extract/types.js';
import { EXTRACTOR_VERSION } from '../../src/extract/version.js';

const FRENCH = `Chambly et Tulle scellent leur amitié

Le 12 avril 2022, M. Paul Tremblay, maire de la Ville de Chambly, et Mme Anne Roy, mairesse de Tulle, ont signé une entente de jumelage à Chambly, dans le cadre du Festival des cultures. Cette entente prévoit des échanges d'étudiants entre le Cégep de Chambly et l'Université de Limoges.
Une délégation de la Ville de Chambly effectuera une mission économique à Tulle du 3 au 7 octobre 2022.`;

const ENGLISH = `On March 3, 2021, Governor Ann Lee of Maine and Premier Tom Hall of Nova Scotia signed a memorandum of understanding in Halifax during the Atlantic Trade Forum. The agreement covers energy and tourism.`;

function names(x: Extraction): Set<string> {
  return new Set(x.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]));
}

function expectWellFormed(text: string, x: Extraction): void {
  expect(LANGUAGES).toContain(x.language);
  expect(x.languageConfidence).toBeGreaterThanOrEqual(0);
  expect(x.languageConfidence).toBeLessThanOrEqual(1);
  expect(x.extractorVersion).toBe(EXTRACTOR_VERSION);
  for (const e of x.entities) {
    expect(e.name.trim()).not.toBe('');
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.end).toBeGreaterThan(m.start);
    }
    if (e.type === 'DATE') {
      expect(e.value).toMatch(/^(?:\d{4}|--\d{2})/);
      expect(text.slice(e.mentions[0]!.start, e.mentions[0]!.end)).toBe(e.name);
    }
  }
  const known = names(x);
  for (const ev of x.events) {
    for (const p of ev.parties) expect(known).toContain(p);
    for (const s of ev.signatories) expect(known).toContain(s);
    if (ev.place) expect(known).toContain(ev.place);
    expect(ev.confidence).toBeGreaterThan(0);
    expect(ev.evidence.length).toBeGreaterThan(0);
    for (const span of ev.evidence) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end).trim()).not.toBe('');
    }
  }
}

describe('extract', () => {
  it('returns a well-formed French record with an agreement and a mission', () => {
    const x = extract(FRENCH);
    expectWellFormed(FRENCH, x);
    expect(x.language).toBe('fr');
    expect(x.events.map((e) => e.type).sort()).toEqual(['agreement', 'mission']);
    const agreement = x.events.find((e) => e.type === 'agreement')!;
    expect(agreement.status).toBe('signed');
    expect(agreement.date).toBe('2022-04-12');
    expect(agreement.evidence.some((s) => FRENCH.slice(s.start, s.end).includes('ont signé une entente'))).toBe(true);
  });

  it('returns a well-formed English record', () => {
    const x = extract(ENGLISH);
    expectWellFormed(ENGLISH, x);
    expect(x.language).toBe('en');
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({ type: 'agreement', status: 'signed', date: '2021-03-03' });
  });

  it('gives one DATE entity per distinct value, with every mention', () => {
    const text = 'Le 3 mai 2021, la Ville de Laval a tenu un forum. Le 3 mai 2021 restera une date importante.';
    const dates = extract(text, { language: 'fr' }).entities.filter((e) => e.type === 'DATE');
    const may = dates.filter((d) => d.value === '2021-05-03');
    expect(may).toHaveLength(1);
    expect(may[0]!.mentions).toHaveLength(2);
  });

  it('uses the given language without detection', () => {
    const x = extract(ENGLISH, { language: 'en' });
    expect(x).toMatchObject({ language: 'en', languageConfidence: 1 });
  });

  it('returns an empty record for empty text', () => {
    const x = extract('');
    expect(x.entities).toEqual([]);
    expect(x.events).toEqual([]);
  });
});
