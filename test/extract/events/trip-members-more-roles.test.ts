import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('more role nouns that send a body’s people on a trip', () => {
  it('adds the bodies of "academics from X", "trustees of Y" and "managers of Z"', () => {
    const text =
      'A delegation from Harrowgate visited Kanazu from May 4 to 9. It included academics from Fenmoor University, trustees of the Harrowgate Heritage Trust and managers of the Harrowgate Water Board.';
    const e = missionFor(text, [['ORG', 'Fenmoor University'], ['ORG', 'Harrowgate Heritage Trust'], ['ORG', 'Harrowgate Water Board'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Fenmoor University', 'Harrowgate Heritage Trust', 'Harrowgate Water Board']));
  });

  it('adds the bodies of "des médecins du X" and "des techniciens de la Y"', () => {
    const text =
      'Une délégation de Vernelles a séjourné à Colvant du 3 au 8 mai. Elle comprenait des médecins du Centre hospitalier de Vernelles et des techniciens de la Communauté de communes des Brumes.';
    const e = missionFor(text, [['ORG', 'Centre hospitalier de Vernelles'], ['ORG', 'Communauté de communes des Brumes'], ['PLACE', 'Vernelles'], ['PLACE', 'Colvant']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Centre hospitalier de Vernelles', 'Communauté de communes des Brumes']));
  });

  it('leaves out a body after such a role with no membership verb before it', () => {
    const text = 'A delegation from Harrowgate visited Kanazu from May 4 to 9. Academics from Kanazu University gave a lecture.';
    const e = missionFor(text, [['ORG', 'Kanazu University'], ['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu']], [], 'en');
    expect(e?.parties).not.toContain('Kanazu University');
  });
});
