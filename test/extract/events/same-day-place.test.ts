import { describe, expect, it } from 'vitest';
import { sameDayPlaces } from '../../../src/extract/events/same-day-place.js';
import type { ExtractedEvent } from '../../../src/extract/types.js';

const agreement = (kind: string, date: string | undefined, place?: string, status = 'signed'): ExtractedEvent =>
  ({ type: 'agreement', status, kind, parties: ['A', 'B'], signatories: [], ...(date ? { date } : {}), ...(place ? { place } : {}), confidence: 0.8, evidence: [] }) as ExtractedEvent;

describe('agreements signed on one day', () => {
  it('take the place of the others signed that day', () => {
    const out = sameDayPlaces([agreement('protocole', '2026-05-12', 'Lorient'), agreement('convention', '2026-05-12')]);
    expect(out[1]!.place).toBe('Lorient');
    expect(Object.keys(out[1]!)).toEqual(['type', 'status', 'kind', 'parties', 'signatories', 'date', 'place', 'confidence', 'evidence']);
  });

  it('stay without a place when that day has two places, or is no single day', () => {
    const twoPlaces = sameDayPlaces([agreement('a', '--05-12', 'Lorient'), agreement('b', '--05-12', 'Vannes'), agreement('c', '--05-12')]);
    expect(twoPlaces[2]!.place).toBeUndefined();
    const month = sameDayPlaces([agreement('a', '2026-05', 'Lorient'), agreement('b', '2026-05')]);
    expect(month[1]!.place).toBeUndefined();
  });

  it('leave a planned agreement alone', () => {
    const out = sameDayPlaces([agreement('a', '--05-12', 'Lorient'), agreement('b', '--05-12', undefined, 'planned')]);
    expect(out[1]!.place).toBeUndefined();
  });
});
