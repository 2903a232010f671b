import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('a plan named with no side, then a signing told with its own noun', () => {
  const specs = [['ORG', 'Arden Town Council'], ['ORG', 'Commune de Velm'], ['ORG', 'Arden College'], ['ORG', 'Velm Marine Station'], ['PLACE', 'Arden']] as const;

  it('keeps "to write a twinning charter, which they expect to sign" apart from the memorandum signed after it', () => {
    const en =
      'The Arden Town Council and the Commune de Velm signed a letter of intent on Wednesday. It binds the two councils to write a twinning charter, which they expect to sign in Arden in August 2031. Later that day, Arden College signed a memorandum of understanding with the Velm Marine Station.';
    const out = agreementsFor(en, [...specs], [dateFor(en, 'August 2031', '2031-08')], 'en');
    const charter = out.find((e) => e.kind.includes('charter'));
    const memo = out.find((e) => e.kind.includes('memorandum'));
    expect(charter?.status).toBe('planned');
    expect(memo?.status).toBe('signed');
    expect(memo?.parties).toContain('Arden College');
    expect(charter?.parties).not.toContain('Arden College');
  });

  it('still gives a signing told with the same noun to the plan named before it', () => {
    const en =
      'The two towns hope to sign a twinning charter soon. In the end, the Arden Town Council and the Commune de Velm signed a twinning charter on Friday.';
    const out = agreementsFor(en, [['ORG', 'Arden Town Council'], ['ORG', 'Commune de Velm']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('signed');
  });
});

describe('a signing still to come, told after another signing', () => {
  const specs = [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes'], ['ORG', 'lycée agricole de Lorval'], ['ORG', 'lycée de Vennes'], ['PLACE', 'Lorval']] as const;

  it('gives "la charte de jumelage serait signée en juin" to the jumelage planned before, not to the convention signed between', () => {
    const fr =
      "Le but : préparer un jumelage entre la Ville de Lorval et la commune de Vennes, que les deux conseils veulent signer l'an prochain. Le vendredi 6 novembre, le lycée agricole de Lorval et le lycée de Vennes ont paraphé une convention de partenariat pédagogique. Le jumelage reste à bâtir. La charte de jumelage serait signée à Lorval en juin 2031.";
    const out = agreementsFor(fr, [...specs], [dateFor(fr, 'vendredi 6 novembre', '2030-11-06'), dateFor(fr, 'juin 2031', '2031-06')]);
    const plan = out.find((e) => e.status === 'planned');
    const signed = out.find((e) => e.status === 'signed');
    expect(plan?.date).toBe('2031-06');
    expect(signed?.date).toBe('2030-11-06');
  });

  it('leaves a definite noun that names the signed convention again with it', () => {
    const fr =
      "Le but : préparer un jumelage entre la Ville de Lorval et la commune de Vennes, que les deux conseils veulent signer l'an prochain. Le vendredi 6 novembre, le lycée agricole de Lorval et le lycée de Vennes ont paraphé une convention de partenariat pédagogique. La convention sera signée à nouveau par les maires en juin 2031.";
    const out = agreementsFor(fr, [...specs], [dateFor(fr, 'vendredi 6 novembre', '2030-11-06'), dateFor(fr, 'juin 2031', '2031-06')]);
    expect(out.find((e) => e.status === 'planned')?.date).not.toBe('2031-06');
  });
});

describe('a signing told done with no side of its own, after a plan told since', () => {
  const specs = [['ORG', 'Municipalité de Morvenne'], ['ORG', 'Commune de Selbrook'], ['ORG', 'Tourisme Morvenne'], ['ORG', 'Office de Tasquin']] as const;
  const opening =
    "La Municipalité de Morvenne et la Commune de Selbrook ont signé samedi 17 octobre une entente d'amitié. Tourisme Morvenne et l'Office de Tasquin préparent une convention de partenariat, qui devrait être signée en juin 2027. ";
  const read = (fr: string) =>
    agreementsFor(fr, [...specs], [dateFor(fr, '17 octobre', '--10-17'), dateFor(fr, 'juin 2027', '2027-06'), dateFor(fr, '2 novembre', '--11-02')]).find((e) =>
      e.kind.includes('convention'),
    );

  it('goes back to the agreement signed: "L’entente signée samedi n’est qu’un début"', () => {
    const convention = read(`${opening}« L'entente signée samedi n'est qu'un début », a dit la mairesse, qui présentera le texte au conseil le 2 novembre.`);
    expect(convention?.status).toBe('planned');
    expect(convention?.date).toBe('2027-06');
  });

  it('keeps with the plan a signing told still to come: "La convention sera présentée au conseil le 2 novembre"', () => {
    const convention = read(`${opening}La convention sera présentée au conseil le 2 novembre.`);
    expect(convention?.status).toBe('planned');
  });
});
