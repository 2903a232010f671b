import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/extract/events/detect-status.js';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a signing wished in the subjunctive', () => {
  it.each([
    'It is proposed that the agreement be signed in Eldham during a council delegation in April 2027.',
    'Administration recommends that the friendship agreement be signed in May 2027.',
    "La Commune de Tessan propose que l'entente soit signée à Tessan le 20 mars 2027.",
  ])('is planned: %s', (clause) => expect(detectStatus(clause)).toBe('planned'));

  it.each([
    'The council noted that the agreement was signed in Eldham in April 2026.',
    "Le maire a rappelé que l'entente a été signée à Tessan le 20 mars 2026.",
  ])('leaves a signing told in the indicative signed: %s', (clause) => expect(detectStatus(clause)).toBe('signed'));

  it('plans the agreement of "It is proposed that the agreement be signed …"', () => {
    const text =
      'Officers have drafted a friendship agreement between Quarrow Town Council and Eldham City Council. It is proposed that the agreement be signed in Eldham during a council delegation in April 2027.';
    const out = agreementsFor(text, [['ORG', 'Quarrow Town Council'], ['ORG', 'Eldham City Council'], ['PLACE', 'Eldham']], [dateFor(text, 'April 2027', '2027-04')], 'en');
    expect(out[0]!.status).toBe('planned');
  });
});
