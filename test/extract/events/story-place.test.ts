import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

describe('a dated trip with no destination went where the story is told from', () => {
  it('takes the dateline town for "a delegation from X … in the region from 9 to 13 November"', () => {
    const text =
      'CALDERTON – A delegation from Vernelles spent five days in the region from 9 to 13 November. The visitors were hosted by the Calderton Harbour Trust.';
    const trip = missionFor(text, [['PLACE', 'Calderton'], ['PLACE', 'Vernelles'], ['ORG', 'Calderton Harbour Trust']], [dateFor(text, '9 to 13 November', '2026-11-09/2026-11-13')], 'en');
    expect(trip?.place).toBe('Calderton');
  });

  it("takes the headline's other place when no dateline is given", () => {
    const text =
      "Calderton et Vernelles signent une entente\n\nUne délégation de Vernelles a séjourné dans la région du 14 au 18 novembre. Elle a été reçue par l'Office du port.";
    const trip = missionFor(text, [['PLACE', 'Calderton'], ['PLACE', 'Vernelles'], ['ORG', 'Office du port']], [dateFor(text, 'du 14 au 18 novembre', '2026-11-14/2026-11-18')]);
    expect(trip?.place).toBe('Calderton');
  });

  it("takes no place from a dateline that is the travellers' own town", () => {
    const text =
      'VERNELLES – A delegation from Vernelles spent five days abroad from 9 to 13 November. The visitors were hosted by the Calderton Harbour Trust.';
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['ORG', 'Calderton Harbour Trust']], [dateFor(text, '9 to 13 November', '2026-11-09/2026-11-13')], 'en');
    expect(trip).toMatchObject({ date: '2026-11-09/2026-11-13' });
    expect(trip?.place).toBeUndefined();
  });
});
