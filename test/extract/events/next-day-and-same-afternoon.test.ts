import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

const specs = [
  ['PLACE', 'Caldmoor'], ['PLACE', 'Ostrevik'], ['ORG', 'City of Caldmoor'], ['ORG', 'City of Ostrevik'],
  ['ORG', 'Caldmoor College'], ['ORG', 'Ostrevik Polytechnic'],
] as const;

function collegeDeal(text: string, dates: ReturnType<typeof dateFor>[]): string | undefined {
  return eventsFor(text, specs, dates, 'en').find((e) => e.type === 'agreement' && e.parties.includes('Caldmoor College'))?.date;
}

describe('an agreement told relative to the signing before it', () => {
  const stay = 'A delegation from Caldmoor stayed in Ostrevik from 9 to 13 November 2026. On Tuesday 10 November, the City of Caldmoor and the City of Ostrevik signed a friendship agreement.';
  const dates = (text: string) => [dateFor(text, '9 to 13 November 2026', '2026-11-09/2026-11-13'), dateFor(text, 'Tuesday 10 November', '2026-11-10')];

  it('"le même après-midi" is that day, not the range of the stay told in between', () => {
    const text =
      "Le maire et son homologue ont signé une entente de jumelage entre la Ville d'Ostrevik et la Ville de Caldmoor. Le paraphe du 10 novembre 2026 a conclu un séjour de cinq jours.\n\nAccueillis du 6 au 10 novembre, les visiteurs étaient une douzaine d'élus et de chefs d'entreprise.\n\nLe même après-midi, la Chambre de commerce d'Ostrevik et la Chambre de commerce de Caldmoor ont signé un protocole d'entente.";
    const at = [dateFor(text, '10 novembre 2026', '2026-11-10'), dateFor(text, 'du 6 au 10 novembre', '--11-06/--11-10')];
    const sides = [
      ['ORG', "Ville d'Ostrevik"], ['ORG', 'Ville de Caldmoor'], ['ORG', "Chambre de commerce d'Ostrevik"], ['ORG', 'Chambre de commerce de Caldmoor'],
    ] as const;
    expect(eventsFor(text, sides, at).find((e) => e.parties.includes('Chambre de commerce de Caldmoor'))?.date).toBe('2026-11-10');
  });

  it('"the following day" is the day after it', () => {
    const text = `${stay} The following day, Caldmoor College and Ostrevik Polytechnic signed a memorandum of understanding.`;
    expect(collegeDeal(text, dates(text))).toBe('2026-11-11');
  });

  it('"le lendemain" runs over the end of a month', () => {
    const text =
      "Une délégation de Caldmoor a séjourné à Ostrevik du 28 au 31 octobre 2026. Le vendredi 30 octobre, la City of Caldmoor et la City of Ostrevik ont signé une charte d'amitié. Le lendemain, Caldmoor College et Ostrevik Polytechnic ont signé une convention de partenariat.";
    const at = [dateFor(text, '28 au 31 octobre 2026', '2026-10-28/2026-10-31'), dateFor(text, 'vendredi 30 octobre', '2026-10-30')];
    expect(eventsFor(text, specs, at).find((e) => e.parties.includes('Caldmoor College'))?.date).toBe('2026-10-31');
  });

  it('leaves "the day after tomorrow" alone: it is no day after the one told', () => {
    const text = `${stay} Caldmoor College and Ostrevik Polytechnic will sign a memorandum of understanding the day after tomorrow.`;
    expect(collegeDeal(text, dates(text))).not.toBe('2026-11-11');
  });

  it('still reads "The day after, …" as the next day', () => {
    const text = `${stay} The day after, Caldmoor College and Ostrevik Polytechnic signed a memorandum of understanding.`;
    expect(collegeDeal(text, dates(text))).toBe('2026-11-11');
  });

  it('leaves a signing that gives its own day alone', () => {
    const text = `${stay} The following day the visitors toured the port. On Thursday 12 November, Caldmoor College and Ostrevik Polytechnic signed a memorandum of understanding.`;
    const at = [...dates(text), dateFor(text, 'Thursday 12 November', '2026-11-12')];
    expect(collegeDeal(text, at)).toBe('2026-11-12');
  });
});
