import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor, type Spec } from './entities-for.js';

const SIDES: Spec[] = [['ORG', 'Ville de Brignoles'], ['ORG', 'Comune di Cuneo']];

describe('a signing "fin janvier 2027" or "d\'ici fin 2027"', () => {
  it('is dated by that month or year: "fin" without "de" marks a part of it', () => {
    const text = "La Ville de Brignoles et la Comune di Cuneo préparent un protocole de coopération, qui devrait être signé fin janvier 2027.";
    const [e] = eventsFor(text, SIDES, [dateFor(text, 'janvier 2027', '2027-01')]);
    expect(e?.date).toBe('2027-01');
    const year = "La Ville de Brignoles et la Comune di Cuneo envisagent un protocole de coopération d'ici fin 2027.";
    const [f] = eventsFor(year, SIDES, [dateFor(year, '2027', '2027')]);
    expect(f?.date).toBe('2027');
  });

  it('is dated by the year of a plan\'s deadline "d\'ici la fin de 2027" / "by the end of 2027"', () => {
    const text = "La Ville de Brignoles et la Comune di Cuneo envisagent un protocole de coopération d'ici la fin de 2027.";
    const [e] = eventsFor(text, SIDES, [dateFor(text, '2027', '2027')]);
    expect(e?.date).toBe('2027');
    const en = 'The Ville de Brignoles and the Comune di Cuneo intend to sign a cooperation protocol by the end of 2027.';
    const [f] = eventsFor(en, SIDES, [dateFor(en, '2027', '2027')], 'en');
    expect(f?.date).toBe('2027');
  });

  it('leaves undated an agreement that runs "jusqu\'à la fin de 2027"', () => {
    const text = "La Ville de Brignoles et la Comune di Cuneo préparent un protocole de coopération, valable jusqu'à la fin de 2027.";
    const [e] = eventsFor(text, SIDES, [dateFor(text, '2027', '2027')]);
    expect(e?.date).toBeUndefined();
  });
});
