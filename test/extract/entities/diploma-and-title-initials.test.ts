import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a French diploma in capitals', () => {
  it('is no body', () => {
    const text = "Six élèves de BTS et deux apprentis qui préparent un CAP de cuisine partiront avec la Ville de Brelac.";
    expect(namesOf(text, 'ORG')).toEqual(['Ville de Brelac']);
  });

  it('leaves another acronym of a school beside it (near miss)', () => {
    const text = "Les élèves de BTS du LPAB partiront en mars.";
    expect(namesOf(text, 'ORG')).toEqual(['LPAB']);
  });
});

describe('the South African title MEC (member of a provincial executive council)', () => {
  it('is no body before a portfolio or a name', () => {
    const text = 'The Brelac MEC for Health attended. Led by MEC Thandi Morvane, the group toured the port.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('leaves another acronym beside it (near miss)', () => {
    const text = 'The MEC met the BRDA board on Friday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['BRDA']);
  });
});
