import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

const ents: ['ORG' | 'PLACE', string][] = [
  ['ORG', 'Kerrow Harbour Board'],
  ['ORG', 'Kerrow Marine College'],
  ['ORG', 'Kerrow Town Council'],
  ['ORG', 'Vendal Chamber of Commerce'],
  ['PLACE', 'Kerrow'],
  ['PLACE', 'Vendal'],
];

const present = (text: string): ['ORG' | 'PLACE', string][] => ents.filter(([, name]) => text.includes(name));

describe('a trip that "brought together" the officers of its bodies', () => {
  it('adds the bodies listed after "brought together officers of"', () => {
    const text =
      'A delegation from Kerrow visited Vendal from May 4 to May 7. It brought together officers of the Kerrow Harbour Board, the Kerrow Marine College and the Kerrow Town Council.';
    const e = missionFor(text, present(text), [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Kerrow Harbour Board', 'Kerrow Marine College', 'Kerrow Town Council']));
  });

  it('adds a body named by its principal or its councillors', () => {
    const text =
      'A delegation from Kerrow visited Vendal from May 4 to May 7. The group included councillors of the Kerrow Town Council and the principal of the Kerrow Marine College.';
    const e = missionFor(text, present(text), [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Kerrow Town Council', 'Kerrow Marine College']));
  });

  it('leaves out the hosts the travellers were brought together with', () => {
    const text =
      'A delegation from Kerrow visited Vendal from May 4 to May 7. A dinner brought together the visitors and the Vendal Chamber of Commerce.';
    const e = missionFor(text, present(text), [], 'en');
    expect(e?.parties ?? []).not.toContain('Vendal Chamber of Commerce');
  });
});
