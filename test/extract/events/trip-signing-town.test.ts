import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../../src/extract/events/entity-index.js';
import { tripSigningTowns } from '../../../src/extract/events/trip-signing-town.js';
import { extract } from '../../../src/extract/extract.js';
import type { ExtractedEntity, ExtractedEvent } from '../../../src/extract/types.js';

const signed = (text: string) => extract(text, { language: 'en' }).events.find((e) => e.type === 'agreement' && e.status === 'signed');

const trip = 'A delegation from Fredericton was in Brittany from May 12 to 16, 2026, led by Mayor Alan Kerrow. It included councillors and staff of the City of Fredericton.';

describe('an agreement signed during a trip, at a venue that names no town', () => {
  it('takes the town, among its sides, that lies where the trip went', () => {
    const text = `${trip}\n\nThe City of Fredericton and the City of Vannes signed a friendship agreement on May 14, 2026, at the Hôtel de Limur, in front of some fifty guests.`;
    expect(signed(text)?.place).toBe('Vannes');
  });

  it('leaves the place open for a signing on a day outside the trip', () => {
    const text = `${trip}\n\nThe City of Fredericton and the City of Vannes signed a friendship agreement on June 20, 2026, at the Hôtel de Limur, in front of some fifty guests.`;
    expect(signed(text)?.place).toBeUndefined();
  });
});

describe("an agreement's side looked up by its name during a trip", () => {
  const place = (name: string, country: string, start: number): ExtractedEntity => ({
    type: 'PLACE', name, aliases: [], confidence: 1, geo: { lat: 0, lon: 0, country }, mentions: [{ start, end: start + name.length }],
  });
  const body = (type: 'ORG' | 'PERSON', name: string, start: number): ExtractedEntity => ({
    type, name, aliases: [], confidence: 1, mentions: [{ start, end: start + name.length }],
  });
  const trip = { type: 'mission', kind: 'delegation', parties: ['Harwick College'], signatories: [], date: '2026-05-12/2026-05-16', place: 'Brittany', confidence: 1, evidence: '' };
  const deal = { type: 'agreement', status: 'signed', kind: 'agreement', parties: ['Kerlévan', 'Harwick College'], signatories: [], date: '2026-05-14', confidence: 1, evidence: '' };
  const placeOf = (entities: ExtractedEntity[]) =>
    tripSigningTowns([trip, deal] as unknown as ExtractedEvent[], new EntityIndex(entities)).find((e) => e.type === 'agreement')?.place;

  it('takes the town of the name, not a club named after it that the document lists first', () => {
    const entities = [body('ORG', 'Kerlévan', 0), body('ORG', 'Harwick College', 20), place('Brittany', 'FR', 40), place('Kerlévan', 'FR', 60)];
    expect(placeOf(entities)).toBe('Kerlévan');
  });

  it('takes the town of the name, not a person of that name', () => {
    const entities = [body('PERSON', 'Kerlévan', 0), body('ORG', 'Harwick College', 20), place('Brittany', 'FR', 40), place('Kerlévan', 'FR', 60)];
    expect(placeOf(entities)).toBe('Kerlévan');
  });

  it('leaves the place open when the town of that name lies in another country', () => {
    const entities = [body('ORG', 'Kerlévan', 0), body('ORG', 'Harwick College', 20), place('Brittany', 'FR', 40), place('Kerlévan', 'CA', 60)];
    expect(placeOf(entities)).toBeUndefined();
  });
});
