import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('an agreement signed "the same afternoon" or "le même jeudi" as the signing told before', () => {
  const specs = [
    ['ORG', 'Ville de Gaspé'],
    ['ORG', 'Ville de Dinan'],
    ['ORG', 'Cégep de la Gaspésie'],
    ['ORG', 'Lycée de Dinan'],
    ['PLACE', 'Gaspé'],
  ] as const;

  it('takes that day, not the stay told between them', () => {
    const text =
      "Le jeudi 5 juin, la Ville de Gaspé et la Ville de Dinan ont signé une charte d'amitié à Gaspé. La délégation bretonne a séjourné en Gaspésie du 2 au 8 juin. Le même après-midi, le Cégep de la Gaspésie et le Lycée de Dinan ont paraphé une convention d'échange.";
    const dates = [dateFor(text, 'jeudi 5 juin', '--06-05'), dateFor(text, 'du 2 au 8 juin', '--06-02/--06-08')];
    const out = eventsFor(text, specs, dates);
    expect(out.find((e) => e.parties.includes('Lycée de Dinan'))).toMatchObject({ date: '--06-05', place: 'Gaspé' });
  });

  it('reads "Le même jeudi" and an English "The same afternoon"', () => {
    const fr =
      "Le jeudi 5 juin, la Ville de Gaspé et la Ville de Dinan ont signé une charte d'amitié à Gaspé. La délégation bretonne a séjourné en Gaspésie du 2 au 8 juin. Le même jeudi, le Cégep de la Gaspésie et le Lycée de Dinan ont conclu une convention d'échange.";
    const frOut = eventsFor(fr, specs, [dateFor(fr, 'jeudi 5 juin', '--06-05'), dateFor(fr, 'du 2 au 8 juin', '--06-02/--06-08')]);
    expect(frOut.find((e) => e.parties.includes('Lycée de Dinan'))?.date).toBe('--06-05');
    const en =
      'On Thursday, June 5, the Town of Wick and the City of Ålesund signed a friendship charter. The delegation stayed in Caithness from June 2 to 8. The same afternoon, North College and Fjord School concluded an exchange agreement.';
    const enOut = eventsFor(
      en,
      [['ORG', 'Town of Wick'], ['ORG', 'City of Ålesund'], ['ORG', 'North College'], ['ORG', 'Fjord School'], ['PLACE', 'Caithness']],
      [dateFor(en, 'Thursday, June 5', '--06-05'), dateFor(en, 'June 2 to 8', '--06-02/--06-08')],
      'en',
    );
    expect(enOut.find((e) => e.parties.includes('Fjord School'))?.date).toBe('--06-05');
  });

  it('leaves alone a signing "the same month" a year later', () => {
    const text =
      "Le jeudi 5 juin, la Ville de Gaspé et la Ville de Dinan ont signé une charte d'amitié à Gaspé. En juin 2027, le même mois, le Cégep de la Gaspésie et le Lycée de Dinan signeront une convention d'échange.";
    const out = eventsFor(text, specs, [dateFor(text, 'jeudi 5 juin', '--06-05'), dateFor(text, 'juin 2027', '2027-06')]);
    expect(out.find((e) => e.parties.includes('Lycée de Dinan'))?.date).toBe('2027-06');
  });
});
