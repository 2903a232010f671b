import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('an agreement talked over, not signed', () => {
  it('reads "discussed a friendship agreement between A and B" as a plan of its own beside a signing', () => {
    const en =
      'The Arden Port Authority and the Lusk Port Authority signed a memorandum on Monday. In Lusk, the two mayors discussed a friendship agreement between the Town of Arden and the Town of Lusk. They hope to sign it in May 2031.';
    const out = agreementsFor(
      en,
      [['ORG', 'Arden Port Authority'], ['ORG', 'Lusk Port Authority'], ['ORG', 'Town of Arden'], ['ORG', 'Town of Lusk'], ['PLACE', 'Lusk']],
      [dateFor(en, 'May 2031', '2031-05')],
      'en',
    );
    expect(out).toHaveLength(2);
    const plan = out.find((e) => e.parties.includes('Town of Arden'));
    expect(plan?.status).toBe('planned');
    expect(plan?.date).toBe('2031-05');
  });

  it('reads "a évoqué l’idée d’un jumelage entre A et B" and "a proposé un jumelage" as plans', () => {
    const idea = "Le maire a évoqué l'idée d'un jumelage entre la Ville de Lorval et la Ville de Vennes.";
    expect(agreementsFor(idea, [['ORG', 'Ville de Lorval'], ['ORG', 'Ville de Vennes']])).toMatchObject([{ status: 'planned' }]);
    const put = 'Le maire a proposé un jumelage entre la Ville de Lorval et la Ville de Vennes.';
    expect(agreementsFor(put, [['ORG', 'Ville de Lorval'], ['ORG', 'Ville de Vennes']])).toMatchObject([{ status: 'planned' }]);
  });

  it('keeps an agreement that exists, discussed again, out of the plans', () => {
    const en = 'The Town of Arden and the Town of Lusk signed a friendship agreement in 2019. On Monday the mayors discussed the agreement signed in 2019.';
    const out = agreementsFor(en, [['ORG', 'Town of Arden'], ['ORG', 'Town of Lusk']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('signed');
  });
});

describe('a headline signing told again in the body', () => {
  const head = "Arden airport signs memorandum with Velm's carrier\n\nBy Ada Lind\n\n";
  const body =
    'The Tarn Aviation Board and Skyva, the company that runs Lusk International Airport, signed a memorandum of understanding on Friday, October 16, in Dorr.';
  const specs = [['PLACE', 'Arden'], ['PLACE', 'Velm'], ['ORG', 'Tarn Aviation Board'], ['ORG', 'Lusk International Airport'], ['PLACE', 'Dorr']] as const;

  it('joins the headline to the body’s lead signing when the body also tells a plan of the headline’s town', () => {
    const en = `${head}${body} In Dorr, the two mayors discussed a friendship agreement between the Town of Arden and the Town of Dorr.`;
    const out = agreementsFor(en, [...specs, ['ORG', 'Town of Arden'], ['ORG', 'Town of Dorr']], [dateFor(en, 'Friday, October 16', '2030-10-16')], 'en');
    expect(out.filter((e) => e.status === 'signed')).toHaveLength(1);
    expect(out.filter((e) => e.status === 'planned')).toHaveLength(1);
  });

  it('gives a headline to the body signing of its own sides, not to the lead one', () => {
    const en = `Arden signs friendship agreement with Dorr, not Velm\n\nBy Ada Lind\n\n${body} The Town of Arden and the Town of Dorr signed a friendship agreement the same day.`;
    const out = agreementsFor(en, [...specs, ['ORG', 'Town of Arden'], ['ORG', 'Town of Dorr']], [dateFor(en, 'Friday, October 16', '2030-10-16')], 'en');
    expect(out).toHaveLength(2);
    const lead = out.find((e) => e.kind === 'memorandum of understanding');
    expect(lead?.parties).not.toContain('Dorr');
  });
});

describe('a plan told again in the next sentence', () => {
  it('joins "Un projet de charte est en préparation" to the jumelage just put forward between two sides', () => {
    const fr =
      "Le maire a évoqué avec son homologue l'idée d'un jumelage entre la Ville de Lorval et la Ville de Vennes. Un projet de charte d'amitié est en préparation et pourrait être signé à Lorval en 2031.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'Ville de Vennes'], ['PLACE', 'Lorval']], [dateFor(fr, '2031', '2031')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', date: '2031', parties: ['Ville de Lorval', 'Ville de Vennes'] });
  });

  it('keeps a plan told after a signing apart from it', () => {
    const fr =
      "La Ville de Lorval et la Ville de Vennes ont signé une convention de coopération lundi. Une charte de jumelage est en préparation et pourrait être signée en 2031.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'Ville de Vennes']], [dateFor(fr, '2031', '2031')]);
    expect(out.map((e) => e.status)).toEqual(['signed', 'planned']);
  });

  it('reads "where the idea of an agreement was first discussed" as no plan of its own', () => {
    const en =
      'The Town of Arden and the Town of Velm signed a friendship agreement on Monday. An Arden delegation travelled to Velm in March, where the idea of a formal agreement was first discussed.';
    const out = agreementsFor(en, [['ORG', 'Town of Arden'], ['ORG', 'Town of Velm'], ['PLACE', 'Arden'], ['PLACE', 'Velm']], [], 'en');
    expect(out.filter((e) => e.status === 'planned')).toEqual([]);
  });
});
