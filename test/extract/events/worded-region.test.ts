import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

describe('a place the gazetteer lacks, put after a bare "en"', () => {
  it('is the region that locates the town before it, not where the trip went', () => {
    const text = 'La Ville de Rimouski a reçu du 2 au 6 mai une délégation de neuf élus venue de Vierzon, en Valdorie. Les deux villes ont signé une charte d’amitié.';
    const events = extract(text).events;
    expect(events.find((e) => e.type === 'mission')?.place).toBe('Rimouski');
    expect(events.find((e) => e.type === 'agreement')?.place).not.toBe('Valdorie');
  });

  it('stays the place of a trip when no town comes before it', () => {
    const text = 'Une délégation de la Ville de Rimouski a séjourné du 2 au 6 mai en Valdorie, où elle a signé une charte d’amitié avec la Ville de Vierzon.';
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip?.place).toBe('Valdorie');
  });
});
