import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe("a council's vote on an agreement", () => {
  it('neither signs nor dates an agreement named before', () => {
    const en =
      'The City of Arden and the City of Velm intend to sign a friendship agreement next year. The Arden City Council approved the agreement unanimously in August.';
    const out = agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'City of Velm'], ['ORG', 'Arden City Council']], [dateFor(en, 'August', '--08')], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('planned');
    expect(out[0]!.date).toBeUndefined();
  });

  it('goes back to the agreement of its noun, told long before, whatever body votes', () => {
    const report =
      'Le rapporteur rappelle le contexte des échanges entre les deux communes, qui portent sur la santé, la gestion des déchets, le sport et la culture, et qui ont mobilisé les services pendant plusieurs mois. Les habitants ont été consultés lors de deux réunions publiques, et les associations locales ont fait part de leur intérêt. ';
    const fr = `Délibération n° 12 – Approbation de la convention de coopération avec la Ville de Sokodé.\n\n${report}${report}\n\nLe Comité des finances APPROUVE le projet de convention de coopération ;`;
    expect(agreementsFor(fr, [['ORG', 'Ville de Sokodé'], ['ORG', 'Comité des finances']])).toHaveLength(1);
  });

  it('reads "autorisation de signature" and "autorise le Maire à la signer" as a plan', () => {
    const fr = 'Objet : Convention de coopération entre la Ville de Espalion et la Ville de Sokodé – autorisation de signature';
    const out = agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé']]);
    expect(out.map((e) => e.status)).toEqual(['planned']);
    const en = 'Council resolved to authorise the Mayor to sign a sister-city agreement between the City of Arden and the City of Velm.';
    expect(agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'City of Velm']], [], 'en').map((e) => e.status)).toEqual(['planned']);
  });
});

describe('a signing still to come', () => {
  it('dates the agreement not signed yet, not the one recalled after it', () => {
    const fr =
      "La Ville de Espalion et la Commune de Kara envisagent une convention de coopération. Les deux villes avaient signé une charte d'amitié le 14 mai 2015 à Kara. Sa signature est prévue en mars 2027, à Espalion.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Commune de Kara'], ['PLACE', 'Kara'], ['PLACE', 'Espalion']], [dateFor(fr, '14 mai 2015', '2015-05-14'), dateFor(fr, 'mars 2027', '2027-03')]);
    expect(out.find((e) => e.kind.startsWith('convention'))?.date).toBe('2027-03');
    expect(out.find((e) => e.kind.startsWith('charte'))?.date).toBe('2015-05-14');
  });
});

describe('a plan and its signing told with another noun', () => {
  it('stay one agreement when the plan is named by a general noun ("vers un partenariat")', () => {
    const fr =
      "Espalion et Sokodé vers un partenariat\n\nLa Ville de Espalion et la Ville de Sokodé ont signé le 3 juin 2026 une convention de coopération.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé'], ['PLACE', 'Espalion'], ['PLACE', 'Sokodé']], [dateFor(fr, '3 juin 2026', '2026-06-03')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('signed');
  });

  it('keeps a signing approved in passing signed', () => {
    const fr = 'La Ville de Espalion et la Ville de Sokodé ont signé une convention de coopération, approuvée par les deux conseils en mai.';
    expect(agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé']]).map((e) => e.status)).toEqual(['signed']);
  });
});

describe('one agreement named by its acronym and its full name', () => {
  it('merges a headline "MOU" with the body\'s "memorandum of understanding"', () => {
    const en =
      'Lusk partners head to Velm as AP and Velm University sign green energy MOU\n\nA Lusk trade mission to Velm has delivered a new education partnership, with Arden Polytechnic (AP) and Velm University (VU) signing a memorandum of understanding on hydrogen skills.';
    const out = agreementsFor(en, [['ORG', 'Arden Polytechnic', 'AP'], ['ORG', 'Velm University', 'VU'], ['PLACE', 'Lusk'], ['PLACE', 'Velm']], [], 'en');
    expect(out).toHaveLength(1);
  });
});

describe('the year an agreement expired', () => {
  it('is not a signing date that splits it from the agreement', () => {
    const en =
      'The only document ever to bind the two sides is a memorandum of understanding that the City of Arden and the City of Velm signed on May 9, 2017. The memorandum expired in 2020 and was never renewed.';
    const out = agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'City of Velm']], [dateFor(en, 'May 9, 2017', '2017-05-09'), dateFor(en, '2020', '2020')], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.date).toBe('2017-05-09');
  });
});

describe('an agreement a section heading announces', () => {
  it('is the one the next paragraph tells with its date', () => {
    const fr =
      "La Ville de Espalion et la Commune de Kara ont signé leur charte de jumelage le 3 mai 1990.\n\nUne convention signée, une autre en vue\n\nEn 2012, les deux villes ont signé une convention culturelle, qui ajoutait un volet sportif.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Commune de Kara']], [dateFor(fr, '3 mai 1990', '1990-05-03'), dateFor(fr, '2012', '2012')]);
    expect(out.filter((e) => e.kind.startsWith('convention'))).toHaveLength(1);
    expect(out.find((e) => e.kind.startsWith('convention'))?.date).toBe('2012');
  });
});

describe('an agreement still waiting for a vote or a signature', () => {
  it('is planned: "doit encore être ratifié", "pending council approval", "subject to ratification"', () => {
    const fr = "La Ville de Espalion et la Commune de Kara ont conclu un protocole d'amitié, qui doit encore être ratifié par les deux conseils.";
    expect(agreementsFor(fr, [['ORG', 'Ville de Espalion'], ['ORG', 'Commune de Kara']]).map((e) => e.status)).toEqual(['planned']);
    const en = 'The City of Arden and the City of Velm have concluded a friendship agreement, pending council approval.';
    expect(agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'City of Velm']], [], 'en').map((e) => e.status)).toEqual(['planned']);
  });

  it('stays signed when the clause tells the signing too', () => {
    const en = 'The City of Arden and the City of Velm signed a friendship agreement on Monday, which is subject to ratification by both councils.';
    expect(agreementsFor(en, [['ORG', 'City of Arden'], ['ORG', 'City of Velm']], [], 'en').map((e) => e.status)).toEqual(['signed']);
  });
});
