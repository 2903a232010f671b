import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

const SPECS = [['PLACE', 'Ardmore'], ['PLACE', 'Valle Serena'], ['PERSON', 'Maura Quill'], ['PERSON', 'Tomás Arrieta']] as const;

function trip(signingDay: string, value: string) {
  const text = `A delegation from Ardmore visited Valle Serena from 2 to 6 May 2026. On ${signingDay}, the mayor of Ardmore, Maura Quill, and the mayor of Valle Serena, Tomás Arrieta, signed a friendship agreement.`;
  const dates = [dateFor(text, '2 to 6 May 2026', '2026-05-02/2026-05-06'), dateFor(text, signingDay, value)];
  return missionFor(text, SPECS, dates, 'en');
}

describe('a trip with no leader told is led by whoever signed for the travellers during it', () => {
  it('takes the signer whose title names the travellers’ town, on a day of the trip', () => {
    expect(trip('4 May', '2026-05-04')?.signatories).toEqual(['Maura Quill']);
  });

  it('takes no one from a signing on a day outside the trip', () => {
    expect(trip('14 June', '2026-06-14')?.signatories).toEqual([]);
  });
});
