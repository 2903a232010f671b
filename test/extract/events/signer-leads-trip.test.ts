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

const PAIR = [['PLACE', 'Brenmoor'], ['PLACE', 'Quellac'], ['PERSON', 'Ilse Varnholt'], ['PERSON', 'Oren Pask']] as const;

function pairTrip(signing: string) {
  const text = `A delegation from Brenmoor visited Quellac from 2 to 6 May 2026. On 4 May, ${signing} signed a friendship agreement.`;
  const dates = [dateFor(text, '2 to 6 May 2026', '2026-05-02/2026-05-06'), dateFor(text, '4 May', '2026-05-04')];
  return missionFor(text, PAIR, dates, 'en');
}

describe('the travellers’ signer told by the side before the title or by the other signer’s side', () => {
  it('takes the signer whose title follows the travellers’ town ("Brenmoor Mayor X")', () => {
    expect(pairTrip('Mayor Oren Pask and Brenmoor Mayor Ilse Varnholt')?.signatories).toEqual(['Ilse Varnholt']);
  });

  it('takes the signer paired with the hosts’ one ("X and the mayor of Quellac, Y")', () => {
    expect(pairTrip('Ilse Varnholt and the mayor of Quellac, Oren Pask,')?.signatories).toEqual(['Ilse Varnholt']);
  });

  it('takes the signer told as the counterpart from the travellers’ town', () => {
    const text = 'Une délégation de Brenmoor a séjourné à Quellac du 2 au 6 mai 2026. Le 4 mai, le maire Oren Pask et son homologue de Brenmoor, Ilse Varnholt, ont signé une charte.';
    const dates = [dateFor(text, 'du 2 au 6 mai 2026', '2026-05-02/2026-05-06'), dateFor(text, '4 mai', '2026-05-04')];
    expect(missionFor(text, PAIR, dates, 'fr')?.signatories).toEqual(['Ilse Varnholt']);
  });

  it.each(['Mme ', 'Pr ', 'Prof. '])('takes the counterpart from the travellers’ town after an honorific ("son homologue de X, %sY")', (honorific) => {
    const text = `Une délégation de Brenmoor a séjourné à Quellac du 2 au 6 mai 2026. Le 4 mai, le maire Oren Pask et son homologue de Brenmoor, ${honorific}Ilse Varnholt, ont signé une charte.`;
    const dates = [dateFor(text, 'du 2 au 6 mai 2026', '2026-05-02/2026-05-06'), dateFor(text, '4 mai', '2026-05-04')];
    expect(missionFor(text, PAIR, dates, 'fr')?.signatories).toEqual(['Ilse Varnholt']);
  });

  it('reads no counterpart when a word other than an honorific stands before the name', () => {
    const text = 'Une délégation de Brenmoor a séjourné à Quellac du 2 au 6 mai 2026. Le 4 mai, le maire Oren Pask et son homologue de Brenmoor, absent, puis Ilse Varnholt ont signé une charte.';
    const dates = [dateFor(text, 'du 2 au 6 mai 2026', '2026-05-02/2026-05-06'), dateFor(text, '4 mai', '2026-05-04')];
    const t = missionFor(text, PAIR, dates, 'fr');
    expect(t).toBeDefined();
    expect(t?.signatories).toEqual([]);
  });

  it('reads the hosts’ signer in the possessive ("Quellac’s executive mayor, Y") and takes the other', () => {
    expect(pairTrip('Ilse Varnholt and Quellac’s executive mayor, Oren Pask,')?.signatories).toEqual(['Ilse Varnholt']);
  });

  it('reads no side from a town joined by "and" before the title ("Quellac and Mayor Y")', () => {
    const text = 'A delegation from Brenmoor visited Quellac from 2 to 6 May 2026. On 4 May, in Quellac and Mayor Oren Pask signed with Ilse Varnholt a friendship agreement.';
    const dates = [dateFor(text, '2 to 6 May 2026', '2026-05-02/2026-05-06'), dateFor(text, '4 May', '2026-05-04')];
    expect(missionFor(text, PAIR, dates, 'en')?.signatories).toEqual([]);
  });

  it('takes no one when neither signer’s side is told', () => {
    expect(pairTrip('Ilse Varnholt and Oren Pask')?.signatories).toEqual([]);
  });
});
