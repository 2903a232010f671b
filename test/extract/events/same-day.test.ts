import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('an agreement signed "le même jour"', () => {
  it('takes the day of the signing told just before, not the range of the stay told earlier', () => {
    const text =
      "Chambly signe un protocole avec Tulle\n\nUne délégation de la Ville de Chambly a séjourné à Tulle du lundi 21 au samedi 26 septembre. Le jeudi 24 septembre, la Ville de Chambly et la Ville de Tulle ont signé un protocole d'entente. Un deuxième texte a été signé le même jour : une entente d'échanges scolaires entre la polyvalente Jean-Jacques-Bertrand et le lycée Edmond-Perrier.";
    const dates = [dateFor(text, 'lundi 21 au samedi 26 septembre', '--09-21/--09-26'), dateFor(text, 'jeudi 24 septembre', '--09-24')];
    const specs = [
      ['PLACE', 'Chambly'], ['PLACE', 'Tulle'], ['ORG', 'Ville de Chambly'], ['ORG', 'Ville de Tulle'],
      ['ORG', 'polyvalente Jean-Jacques-Bertrand'], ['ORG', 'lycée Edmond-Perrier'],
    ] as const;
    const out = eventsFor(text, specs, dates);
    expect(out.find((e) => e.kind.startsWith('entente'))?.date).toBe('--09-24');
  });
});

describe('an agreement signed "dans la foulée" / "right afterwards"', () => {
  const specs = [['ORG', 'Ville de Valbrune'], ['ORG', 'collège Ormelin'], ['ORG', 'institut Pracéda'], ['PLACE', 'Tessaroux']] as const;

  it('takes the day of the event told just before, not a later date of its paragraph', () => {
    const text =
      "Le temps fort de la visite de la Ville de Valbrune a eu lieu jeudi 12 mars à Tessaroux, devant une centaine d'invités.\n\nDans la foulée, le collège Ormelin et l'institut Pracéda ont signé une convention d'échanges. Les premiers élèves partiront en septembre 2027.";
    const dates = [dateFor(text, 'jeudi 12 mars', '2026-03-12'), dateFor(text, 'septembre 2027', '2027-09')];
    const deal = eventsFor(text, specs, dates).find((e) => e.parties.includes('collège Ormelin'));
    expect(deal?.date).toBe('2026-03-12');
  });

  it('reads the English "right afterwards" the same way', () => {
    const text =
      'The high point of the visit by the Kelvington delegation came on Thursday, March 12 in Marrowby, before a hundred guests.\n\nRight afterwards, Daxford College and the Ormelin Institute signed an exchange agreement. The first students will travel in September 2027.';
    const dates = [dateFor(text, 'Thursday, March 12', '2026-03-12'), dateFor(text, 'September 2027', '2027-09')];
    const en = [['PLACE', 'Kelvington'], ['PLACE', 'Marrowby'], ['ORG', 'Daxford College'], ['ORG', 'Ormelin Institute']] as const;
    const deal = eventsFor(text, en, dates, 'en').find((e) => e.parties.includes('Daxford College'));
    expect(deal?.date).toBe('2026-03-12');
  });

  it('takes no day from "dans la foulée de …" ("following", not "straight after")', () => {
    const text =
      "Le temps fort de la visite de la Ville de Valbrune a eu lieu jeudi 12 mars à Tessaroux, devant une centaine d'invités.\n\nDans la foulée de ce jumelage, le collège Ormelin et l'institut Pracéda ont signé une convention d'échanges. Les premiers élèves partiront en septembre 2027.";
    const dates = [dateFor(text, 'jeudi 12 mars', '2026-03-12'), dateFor(text, 'septembre 2027', '2027-09')];
    const deal = eventsFor(text, specs, dates).find((e) => e.parties.includes('collège Ormelin'));
    expect(deal).toBeDefined();
    expect(deal?.date).not.toBe('2026-03-12');
  });

  it('keeps a day the signing sentence gives itself', () => {
    const text =
      "Le temps fort de la visite de la Ville de Valbrune a eu lieu jeudi 12 mars à Tessaroux. Dans la foulée, le collège Ormelin et l'institut Pracéda ont signé le samedi 14 mars une convention d'échanges.";
    const dates = [dateFor(text, 'jeudi 12 mars', '2026-03-12'), dateFor(text, 'samedi 14 mars', '2026-03-14')];
    const deal = eventsFor(text, specs, dates).find((e) => e.parties.includes('collège Ormelin'));
    expect(deal?.date).toBe('2026-03-14');
  });
});
