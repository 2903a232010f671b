import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('the travellers naming their own hosts', () => {
  it('reads "Our hosts were X and Y"', () => {
    const text =
      'It was a business mission to Karnataka from March 4 to 9. I led it for the Chamber, and we had nine people from Brandon. Our hosts were the Bangalore Chamber of Industry and Commerce and the Karnataka Udyog Mitra agency. We spent most of the time in Mysuru.';
    const trip = missionFor(text, [['ORG', 'Bangalore Chamber of Industry and Commerce'], ['ORG', 'Karnataka Udyog Mitra'], ['PLACE', 'Karnataka'], ['PLACE', 'Brandon'], ['PLACE', 'Mysuru']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Bangalore Chamber of Industry and Commerce', 'Karnataka Udyog Mitra']));
  });

  it('reads "Our hosts on this side: X and Y"', () => {
    const text =
      'This week we have been hosting a delegation from Tarnów, Poland. The delegation brought together Tarnów City Council and the Tarnów Chamber of Crafts. Our hosts on this side: the City of Dauphin and Prairieview College.';
    const trip = missionFor(text, [['ORG', 'Tarnów City Council'], ['ORG', 'Tarnów Chamber of Crafts'], ['ORG', 'City of Dauphin'], ['ORG', 'Prairieview College'], ['PLACE', 'Tarnów'], ['PLACE', 'Poland']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['City of Dauphin', 'Prairieview College']));
  });

  it('reads "Notre hôte, la X, avait préparé …"', () => {
    const text =
      "Du 2 au 7 mai 2026, j'ai conduit notre mission économique à Porto. Nous étions dix : huit entreprises membres de la Chambre de commerce de Rimouski et deux conseillers de la MRC de Rimouski-Neigette. Notre hôte, la Câmara Municipal do Porto, avait préparé un programme dense.";
    const trip = missionFor(text, [['ORG', 'Câmara Municipal do Porto'], ['ORG', 'Chambre de commerce de Rimouski'], ['ORG', 'MRC de Rimouski-Neigette'], ['PLACE', 'Porto']]);
    expect(trip?.parties).toContain('Câmara Municipal do Porto');
  });

  it('does not read a body named after "nos hôtes" without a cue', () => {
    const text =
      "Une délégation de Vernelles a séjourné à Arles du 2 au 6 mai. « Nos villes vivent près de la mer, comme nos hôtes de la Fondation Camargue le savent », a dit la mairesse.";
    const trip = missionFor(text, [['ORG', 'Fondation Camargue'], ['PLACE', 'Vernelles'], ['PLACE', 'Arles']]);
    expect(trip?.parties).not.toContain('Fondation Camargue');
  });
});
