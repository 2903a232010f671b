import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor, type Spec } from './entities-for.js';

const SPECS: Spec[] = [['ORG', 'Ville de Morvaine'], ['ORG', 'Ville de Castelnoir'], ['PLACE', 'Morvaine'], ['PLACE', 'Castelnoir'], ['PERSON', 'Hélène Quintenac']];

describe('a signing told just after the high point of a visit, on its day', () => {
  const story = (highlight: string): string =>
    `Morvaine, le 23 novembre 2026\n\nMorvaine et Castelnoir signent une charte d'amitié\n\nUne délégation conduite par la maire de Morvaine, Hélène Quintenac, a séjourné à Castelnoir du lundi 16 au jeudi 19 novembre 2026.\n\n${highlight} La maire et son homologue y ont signé une charte d'amitié entre la Ville de Morvaine et la Ville de Castelnoir.`;

  it('reads "Le point d\'orgue du séjour a eu lieu le mercredi 18 novembre"', () => {
    const text = story("Le point d'orgue du séjour a eu lieu le mercredi 18 novembre, dans la salle d'honneur.");
    const dates = [dateFor(text, 'lundi 16 au jeudi 19 novembre 2026', '2026-11-16/2026-11-19'), dateFor(text, 'mercredi 18 novembre', '2026-11-18')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-18');
  });

  it('reads "Le moment fort a eu lieu le mercredi 18 novembre"', () => {
    const text = story('Le moment fort a eu lieu le mercredi 18 novembre, à la mairie.');
    const dates = [dateFor(text, 'lundi 16 au jeudi 19 novembre 2026', '2026-11-16/2026-11-19'), dateFor(text, 'mercredi 18 novembre', '2026-11-18')];
    expect(agreementFor(text, SPECS, dates)?.date).toBe('2026-11-18');
  });

  it('leaves a day that is not the high point: "La délégation est arrivée le mercredi 18 novembre"', () => {
    const text = story('La délégation est arrivée le mercredi 18 novembre, à la mairie.');
    const dates = [dateFor(text, 'lundi 16 au jeudi 19 novembre 2026', '2026-11-16/2026-11-19'), dateFor(text, 'mercredi 18 novembre', '2026-11-18')];
    const deal = agreementFor(text, SPECS, dates);
    expect(deal).toBeDefined();
    expect(deal?.date).not.toBe('2026-11-18');
  });
});

describe('the English "highlight of the visit"', () => {
  it('reads "The highlight of the visit came on Wednesday, November 18"', () => {
    const text =
      "MORVAINE, November 23, 2026\n\nMorvaine and Castelnoir sign a friendship charter\n\nA delegation led by the Mayor of Morvaine, Hélène Quintenac, stayed in Castelnoir from November 16 to 19, 2026.\n\nThe highlight of the visit came on Wednesday, November 18, at the town hall. The two mayors signed a friendship charter there between the Ville de Morvaine and the Ville de Castelnoir.";
    const dates = [dateFor(text, 'November 16 to 19, 2026', '2026-11-16/2026-11-19'), dateFor(text, 'Wednesday, November 18', '2026-11-18')];
    expect(agreementFor(text, SPECS, dates, 'en')?.date).toBe('2026-11-18');
  });
});
