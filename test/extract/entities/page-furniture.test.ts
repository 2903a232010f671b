import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('page furniture in capitals is no organization', () => {
  it('skips a short section label made only of capitals', () => {
    const text = "EN BREF\n\nLa SODEC a signé.\n\nÀ L'AFFICHE\n\nUne conférence le 3 mai.\n";
    expect(namesOf(text, 'ORG')).toEqual(['SODEC']);
  });

  it('skips a postal code', () => {
    const text = 'Le CRIQ, 333 rue Franquet, Québec (Québec) H2X 1Y4, a répondu.';
    expect(namesOf(text, 'ORG')).toEqual(['CRIQ']);
  });

  it('skips the end marker of a press release and the abbreviation EV', () => {
    const text = 'The OECD praised the new EV plant.\n\nENDS\n\nFor more information, contact the press office.\n';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['OECD']);
  });
});
