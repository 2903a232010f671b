import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/extract/events/detect-status.js';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a signing wished in the subjunctive', () => {
  it.each([
    'It is recommended that the charter be signed in Eldham when councillors visit in April 2027.',
    'Staff suggest that the twinning charter be signed in May 2027.',
    "La Commune de Tessan souhaite que la charte soit signée à Tessan le 4 juin 2027.",
  ])('is planned: %s', (clause) => expect(detectStatus(clause)).toBe('planned'));

  it.each([
    'The report recalls that the charter was signed in Eldham in April 2026.',
    "Le maire a rappelé que la charte a été signée à Tessan le 4 juin 2026.",
  ])('leaves a signing told in the indicative signed: %s', (clause) => expect(detectStatus(clause)).toBe('signed'));

  it('plans the agreement of "It is recommended that the charter be signed …"', () => {
    const text =
      'Staff have prepared a twinning charter between Quarrow Town Council and Eldham City Council. It is recommended that the charter be signed in Eldham when councillors visit in April 2027.';
    const out = agreementsFor(text, [['ORG', 'Quarrow Town Council'], ['ORG', 'Eldham City Council'], ['PLACE', 'Eldham']], [dateFor(text, 'April 2027', '2027-04')], 'en');
    expect(out[0]!.status).toBe('planned');
  });
});
