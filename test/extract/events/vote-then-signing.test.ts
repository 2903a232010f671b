import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/extract/events/detect-status.js';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('a text to be put to a vote, then signed', () => {
  it('reads "sera soumis au conseil en décembre, puis signé en février" as planned, dated by the signing', () => {
    const fr =
      "Une entente de coopération entre la Ville de Lorval et la commune de Vennes sera présentée aux élus en décembre, puis signée à Lorval en février 2031.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes'], ['PLACE', 'Lorval']], [dateFor(fr, 'décembre', '--12'), dateFor(fr, 'février 2031', '2031-02')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', date: '2031-02' });
    expect(detectStatus('The memorandum will be put to council in May, then signed in June.')).toBe('planned');
  });

  it('keeps a text voted on, then signed, signed', () => {
    expect(detectStatus('La convention a été soumise au conseil en mai, puis signée en juin.')).toBe('signed');
  });
});
