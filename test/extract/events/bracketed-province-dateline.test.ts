import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

const SIDES = [['ORG', 'Ville de Néguac'], ['ORG', "Ville d'Arbois"], ['PLACE', 'NÉGUAC']] as const;

describe('a dateline with a bracketed province abbreviation', () => {
  it('dates the signing by the day its sentence gives, not by "NÉGUAC (N.-B.), le 5 mars 2025 –"', () => {
    const text =
      "NÉGUAC (N.-B.), le 5 mars 2025 – La Ville de Néguac et la Ville d'Arbois ont signé mardi une entente d'amitié, l'une des trois ententes conclues le 4 mars à l'hôtel de ville.";
    const dates = [dateFor(text, '5 mars 2025', '2025-03-05'), dateFor(text, '4 mars', '--03-04')];
    const out = eventsFor(text, SIDES, dates);
    expect(out.find((e) => e.type === 'agreement')?.date).toBe('--03-04');
  });

  it('still dates by the dateline a signing whose sentence gives no day of its own', () => {
    const text = "NÉGUAC (N.-B.), le 5 mars 2025 – La Ville de Néguac et la Ville d'Arbois ont signé aujourd'hui une entente d'amitié à l'hôtel de ville.";
    const out = eventsFor(text, SIDES, [dateFor(text, '5 mars 2025', '2025-03-05')]);
    expect(out.find((e) => e.type === 'agreement')?.date).toBe('2025-03-05');
  });
});
