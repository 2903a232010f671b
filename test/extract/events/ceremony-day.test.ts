import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('the day of a ceremony told right after an undated signing', () => {
  it('dates the signing by "La cérémonie a eu lieu le samedi 12 septembre", not by the publication line', () => {
    const fr =
      "Le mardi 15 septembre 2030 – Par Ada Lind\n\nLORVAL – Pendant la foire, les deux maires ont signé une entente d'amitié entre la Ville de Lorval et la Ville de Vennes.\n\nLa cérémonie a eu lieu le samedi 12 septembre, à la salle des fêtes.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'Ville de Vennes']], [dateFor(fr, 'mardi 15 septembre 2030', '2030-09-15'), dateFor(fr, 'samedi 12 septembre', '2030-09-12')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe('2030-09-12');
  });

  it('keeps the day the signing sentence tells itself', () => {
    const fr =
      "Le mardi 15 septembre 2030 – Par Ada Lind\n\nLORVAL – Les deux maires ont signé le jeudi 10 septembre une entente d'amitié entre la Ville de Lorval et la Ville de Vennes. La cérémonie s'est tenue le samedi 12 septembre, lors de la fête des vendanges.";
    const out = agreementsFor(
      fr,
      [['ORG', 'Ville de Lorval'], ['ORG', 'Ville de Vennes']],
      [dateFor(fr, 'mardi 15 septembre 2030', '2030-09-15'), dateFor(fr, 'jeudi 10 septembre', '2030-09-10'), dateFor(fr, 'samedi 12 septembre', '2030-09-12')],
    );
    expect(out[0]!.date).toBe('2030-09-10');
  });
});
