import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

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
