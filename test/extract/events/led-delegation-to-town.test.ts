import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

describe('"X conduira la délégation de A à B" is a trip, not a post', () => {
  it('reads the led delegation from one town to another as a mission with its leader', () => {
    const text = `Valbrise, le 12 novembre 2026 – Le conseil municipal de Valbrise a approuvé lundi le programme d'échanges avec la ville norvégienne de Tornhavn.

Le maire, Jean-Paul Orsinet, conduira la délégation de Valbrise à Tornhavn du 4 au 9 mai 2027. Elle comprendra deux conseillers et le directeur du port.`;
    const trip = extract(text).events.find((e) => e.type === 'mission');
    expect(trip?.parties).toEqual(['Valbrise', 'Tornhavn']);
    expect(trip?.signatories).toEqual(['Jean-Paul Orsinet']);
  });

  it('keeps a post thanked for its help out of the trips', () => {
    const text = `Valbrise, le 12 novembre 2026 – Le conseil municipal de Valbrise remercie la délégation de Quelmont à Tornhavn pour son appui au programme d'échanges.`;
    expect(extract(text).events.filter((e) => e.type === 'mission')).toEqual([]);
  });
});
