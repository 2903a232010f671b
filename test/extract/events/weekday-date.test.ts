import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('a signing dated by a weekday alone', () => {
  it('takes the day the text writes out with that weekday ("mardi" → "mardi 17 novembre")', () => {
    const fr =
      "Le Courrier\n\nMorvaux et Tessan signent une charte d'amitié\n\nMardi, la Ville de Morvaux et la Ville de Tessan ont scellé leur lien en signant une charte d'amitié. La délégation a séjourné à Morvaux du 15 au 18 novembre.\n\nLa cérémonie s'est tenue le mardi 17 novembre, en salle des fêtes, en présence des familles.";
    const out = agreementsFor(
      fr,
      [['ORG', 'Ville de Morvaux', 'Morvaux'], ['ORG', 'Ville de Tessan', 'Tessan']],
      [dateFor(fr, 'du 15 au 18 novembre', '2030-11-15/2030-11-18'), dateFor(fr, 'mardi 17 novembre', '2030-11-17')],
    );
    expect(out[0]!.date).toBe('2030-11-17');
  });

  function enDeal(lead: string): string | undefined {
    const en = `THE QUARROW POST\nMonday, November 16, 2026\n\nQuarrow and Eldham seal friendship\n\n${lead} The visitors left on November 14.`;
    const dates = [dateFor(en, 'Monday, November 16, 2026', '2026-11-16'), dateFor(en, 'November 14', '2026-11-14')];
    const [deal] = agreementsFor(en, [['ORG', 'Quarrow District Council'], ['ORG', 'Eldham City Council']], dates, 'en');
    expect(deal).toBeDefined();
    return deal!.date;
  }

  it('counts back from the issue date when the day is not written out ("Last Tuesday")', () => {
    expect(enDeal('Last Tuesday, at the town gallery, the two mayors signed a friendship agreement between Quarrow District Council and Eldham City Council.')).toBe('2026-11-10');
  });

  it('leaves a weekday of a plan alone ("next Tuesday")', () => {
    const date = enDeal('The two mayors signed a friendship agreement between Quarrow District Council and Eldham City Council; the council meets next Tuesday.');
    expect(date).not.toBe('2026-11-17');
    expect(date).not.toBe('2026-11-10');
  });
});
