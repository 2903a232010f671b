import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

const specs = [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes'], ['ORG', 'Chambre de métiers de Lorval'], ['ORG', 'Office de l’artisanat de Vennes']] as const;

describe('the first agreement, told after its renewal', () => {
  it('reads "La première convention, signée le 14 mai 2016" after a renewal as the earlier text, an agreement of its own', () => {
    const fr =
      "Jeudi 22 octobre, la Ville de Lorval et la commune de Vennes ont signé le renouvellement de leur convention de coopération. La première convention, signée le 14 mai 2016, arrivait à échéance.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes']], [dateFor(fr, 'Jeudi 22 octobre', '2030-10-22'), dateFor(fr, '14 mai 2016', '2016-05-14')]);
    expect(out.map((e) => e.date).sort()).toEqual(['2016-05-14', '2030-10-22']);
    const bare =
      "La Ville de Lorval et la commune de Vennes ont renouvelé le 22 octobre leur convention de coopération. Le texte succède à la première convention signée le 14 mai 2016 à Vennes.";
    const again = agreementsFor(bare, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes']], [dateFor(bare, '22 octobre', '2030-10-22'), dateFor(bare, '14 mai 2016', '2016-05-14')]);
    expect(again.map((e) => e.date).sort()).toEqual(['2016-05-14', '2030-10-22']);
  });

  it('reads "La première convention" as the one just signed when no renewal was told', () => {
    const fr =
      'La Ville de Lorval et la commune de Vennes ont signé jeudi 22 octobre une convention de coopération. La première convention entre les deux villes ouvre des échanges scolaires.';
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes']], [dateFor(fr, 'jeudi 22 octobre', '2030-10-22')]);
    expect(out).toHaveLength(1);
  });
});

describe('"leur première charte" with no signing of its own, after a renewal', () => {
  it('stays with the renewal told in its sentence', () => {
    const fr =
      'Lorval et Vennes renouvellent leur jumelage\n\nLORVAL – Quarante ans après la signature de leur première charte, la Ville de Lorval et la commune de Vennes ont renouvelé leur jumelage le 12 juillet 2030.';
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes']], [dateFor(fr, '12 juillet 2030', '2030-07-12')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['Ville de Lorval', 'commune de Vennes']);
  });
});

describe('a signing "dans la foulée" of another', () => {
  it('takes the day and place of the signing told before it, not of an older date in between', () => {
    const fr =
      "Jeudi 22 octobre, à Vennes, la Ville de Lorval et la commune de Vennes ont signé le renouvellement de leur convention de coopération. La première convention, signée le 14 mai 2016, arrivait à échéance. Dans la foulée, la Chambre de métiers de Lorval et l’Office de l’artisanat de Vennes ont signé une convention de partenariat.";
    const out = agreementsFor(fr, [...specs, ['PLACE', 'Vennes']], [dateFor(fr, 'Jeudi 22 octobre', '2030-10-22'), dateFor(fr, '14 mai 2016', '2016-05-14')]);
    const chamber = out.find((e) => e.parties.includes('Chambre de métiers de Lorval'));
    expect(chamber?.date).toBe('2030-10-22');
  });
});

describe('"dans la foulée de" another event', () => {
  it('does not give the signing the day of the signing told before it', () => {
    const fr =
      "Jeudi 22 octobre, à Vennes, la Ville de Lorval et la commune de Vennes ont signé une convention de coopération. Dans la foulée de la foire de mai 2031, la Chambre de métiers de Lorval et l’Office de l’artisanat de Vennes signeront une convention de partenariat.";
    const out = agreementsFor(fr, [...specs, ['PLACE', 'Vennes']], [dateFor(fr, 'Jeudi 22 octobre', '2030-10-22'), dateFor(fr, 'mai 2031', '2031-05')]);
    const chamber = out.find((e) => e.parties.includes('Chambre de métiers de Lorval'));
    expect(chamber?.date).not.toBe('2030-10-22');
  });
});
