import { describe, expect, it } from 'vitest';
import { detectStatus, hasSigningCue } from '../../../src/extract/events/detect-status.js';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('a signing told by the exchange of copies', () => {
  it('reads "exchange copies of a memorandum of understanding" as a signing', () => {
    const en = 'Arden, October 14. Arden College President Ada Lind and Velm Institute Rector Ivo Brand exchange copies of a memorandum of understanding on joint doctoral supervision.';
    const out = agreementsFor(en, [['ORG', 'Arden College'], ['ORG', 'Velm Institute'], ['PERSON', 'Ada Lind'], ['PERSON', 'Ivo Brand']], [dateFor(en, 'October 14', '--10-14')], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('signed');
  });

  it('reads no signing in an exchange of ideas', () => {
    expect(hasSigningCue('Students of Arden College and the Velm Institute exchange ideas on a memorandum.')).toBe(false);
    expect(hasSigningCue('Arden College and the Velm Institute exchange copies of a memorandum.')).toBe(true);
  });
});

describe('an agreement talked over as the subject ("was discussed")', () => {
  it('reads "A partnership between A and B was discussed; both sides agreed to prepare an agreement for signature" as one plan', () => {
    const en =
      'A harbour partnership between the Port of Arden and the Port of Velm was discussed; both sides agreed to prepare a cooperation agreement for signature in Velm in August 2031.';
    const out = agreementsFor(en, [['ORG', 'Port of Arden'], ['ORG', 'Port of Velm'], ['PLACE', 'Velm']], [dateFor(en, 'August 2031', '2031-08')], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', date: '2031-08', parties: ['Port of Arden', 'Port of Velm'] });
  });

  it('reads "un jumelage a été évoqué" as planned, and leaves a signed text discussed again signed', () => {
    expect(detectStatus('Un jumelage entre la Ville de Lorval et la Ville de Vennes a été évoqué.')).toBe('planned');
    expect(detectStatus('The agreement signed in 2019 was discussed at length.')).toBe('signed');
  });
});
