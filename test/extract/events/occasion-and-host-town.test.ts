import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, missionFor } from './entities-for.js';

describe('a trip made for a signing told two sentences before', () => {
  it('takes the signing date over a remark that comes between', () => {
    const text = [
      'La Ville de Champagnole et la Ville de Shawinigan signeront une charte de jumelage.',
      'La signature est prévue en mai 2027, à Shawinigan.',
      '« Nous sommes prêts », a lancé le maire.',
      'Une délégation doloise fera le voyage à cette occasion.',
    ].join(' ');
    const trip = eventsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Shawinigan'], ['PLACE', 'Champagnole'], ['PLACE', 'Shawinigan']], [dateFor(text, 'mai 2027', '2027-05')]).find(
      (e) => e.type === 'mission',
    );
    expect(trip?.date).toBe('2027-05');
  });
});

describe('a delegation received by a town body, no place named', () => {
  it('was in that town', () => {
    const text = 'La Ville de Lannion a accueilli cette semaine une délégation de la Ville de Rimouski conduite par la mairesse, Lise Caron. Lannion en garde un bon souvenir.';
    const trip = missionFor(text, [['ORG', 'Ville de Lannion'], ['ORG', 'Ville de Rimouski'], ['PLACE', 'Lannion'], ['PERSON', 'Lise Caron']]);
    expect(trip?.place).toBe('Lannion');
  });

  it('is left unplaced when two bodies received it', () => {
    const text = "La Ville de Lannion et l'Université de Rennes ont accueilli une délégation de la Ville de Rimouski. Lannion en garde un bon souvenir.";
    const trip = missionFor(text, [['ORG', 'Ville de Lannion'], ['ORG', 'Université de Rennes'], ['ORG', 'Ville de Rimouski'], ['PLACE', 'Lannion']]);
    expect(trip?.place).not.toBe('Lannion');
  });
});
