import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

const SIDES = [
  ['ORG', 'Ville de Vernelles'],
  ['ORG', 'Communauté de communes des Brumes'],
  ['PLACE', 'Vernelles'],
  ['PLACE', 'Colvant'],
] as const;

describe('more verbs that tell a trip’s make-up', () => {
  it.each([
    ['Elle rassemble des élus de la Ville de Vernelles et un technicien de la Communauté de communes des Brumes.'],
    ['Les visiteurs comprenaient des élus de la Ville de Vernelles et un technicien de la Communauté de communes des Brumes.'],
    ['Elle réunira des élus de la Ville de Vernelles et un technicien de la Communauté de communes des Brumes.'],
  ])('reads the members after "%s"', (members) => {
    const e = missionFor(`Une délégation de Vernelles séjourne à Colvant du 3 au 8 mai. ${members}`, SIDES);
    expect(e?.parties).toEqual(expect.arrayContaining(['Ville de Vernelles', 'Communauté de communes des Brumes']));
  });

  it('reads the members after a head count and "dont"', () => {
    const text =
      'Une délégation de Vernelles séjourne à Colvant du 3 au 8 mai. Le maire conduit une délégation de six personnes, dont le directeur de la Communauté de communes des Brumes.';
    const e = missionFor(text, SIDES.slice(1));
    expect(e?.parties).toContain('Communauté de communes des Brumes');
  });

  it('reads no member in a committee that "se réunira"', () => {
    const text =
      'Une délégation de Vernelles séjourne à Colvant du 3 au 8 mai. Un comité de suivi se réunira deux fois par an avec des représentants de la Communauté de communes des Brumes.';
    const e = missionFor(text, SIDES.slice(1));
    expect(e?.parties).not.toContain('Communauté de communes des Brumes');
  });
});
