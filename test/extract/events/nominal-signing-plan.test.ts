import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a plan named again by a bare noun of signing ("Diary: signature of the memorandum")', () => {
  it('stays planned', () => {
    const text =
      'Moray Council and the Region of Nordland are drafting a memorandum of understanding on fisheries. It is due to be signed in Bodø in May 2027.\n\nDiary dates\n\n• May 2027: signature of the Nordland memorandum, Bodø';
    const specs = [['ORG', 'Moray Council'], ['ORG', 'Region of Nordland'], ['PLACE', 'Nordland'], ['PLACE', 'Bodø']] as const;
    const out = agreementsFor(text, specs, [dateFor(text, 'May 2027', '2027-05')], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]?.status).toBe('planned');
  });

  it('turns signed when a later sentence tells the signing with a verb', () => {
    const text =
      'Moray Council and the Region of Nordland are drafting a memorandum of understanding on fisheries. On 4 May 2027 the memorandum was signed by Moray Council and the Region of Nordland in Bodø.';
    const specs = [['ORG', 'Moray Council'], ['ORG', 'Region of Nordland'], ['PLACE', 'Nordland'], ['PLACE', 'Bodø']] as const;
    const out = agreementsFor(text, specs, [dateFor(text, '4 May 2027', '2027-05-04')], 'en');
    expect(out.some((e) => e.status === 'signed')).toBe(true);
  });
});
