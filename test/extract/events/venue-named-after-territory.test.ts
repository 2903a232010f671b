import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const signingPlace = (text: string): string | undefined => extract(text).events.find((e) => e.type === 'agreement')?.place;

const capitolSigning = (where: string): string => `The City of Szczecin and the Nevada Department of Commerce have signed a memorandum of understanding on maritime training.

The memorandum was signed on Thursday 12 March ${where} by the mayor of Szczecin, Piotr Nowakowski, and the Nevada Secretary of Commerce, Dana Whitmarsh.`;

describe('a state or a country that begins a venue name', () => {
  it('names the building: the town after it is where it was signed', () => {
    expect(signingPlace(capitolSigning('at the Nevada State Capitol in Carson City'))).toBe('Carson City');
  });

  it('leaves a state told on its own as the place', () => {
    expect(signingPlace(capitolSigning('in Nevada'))).toBe('Nevada');
  });
});

const centreSigning = (venue: string): string => `RIJEKA, Sept. 22 — The University of Rijeka and Japan's Matsumoto Agricultural University signed a memorandum of understanding on Monday, September 21, at the ${venue}, opening the way for joint research on vineyards.

The signing took place during a week-long visit by a delegation from Matsumoto.`;

describe('a venue named after a country elsewhere', () => {
  it('does not say its town: the dateline does', () => {
    expect(signingPlace(centreSigning('Japan Centre for Continuing Education'))).toBe('Rijeka');
  });

  it('says its town when the country is a city-state', () => {
    expect(signingPlace(centreSigning('Rowing Club of Monaco'))).toBe('Monaco');
  });
});
