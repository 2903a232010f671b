import { describe, expect, it } from 'vitest';
import { agreementsFor } from './entities-for.js';

const SIDES = [['ORG', 'Cégep de Pointe-Laurier'], ['ORG', 'Université de Brest'], ['ORG', 'Lycée Kerneuzec']] as const;
const agreements = (text: string, language: 'fr' | 'en' = 'fr', sides: number = SIDES.length) =>
  agreementsFor(text, SIDES.slice(0, sides), [], language);

describe('a signing and a plan told in one clause ("a signé … et signera …")', () => {
  it('keeps the signed agreement and the planned one apart, each with its status', () => {
    const out = agreements("Le Cégep de Pointe-Laurier a signé une entente avec l'Université de Brest et signera un protocole avec le Lycée Kerneuzec.");
    expect(out.map((e) => [e.kind, e.status])).toEqual([['entente', 'signed'], ['protocole', 'planned']]);
  });

  it('reads "and will sign" the same way', () => {
    const out = agreements('The Cégep de Pointe-Laurier signed an agreement with the Université de Brest and will sign a protocol with the Lycée Kerneuzec.', 'en');
    expect(out.map((e) => e.status)).toEqual(['signed', 'planned']);
  });

  it('keeps one agreement when the plan signs the same text again', () => {
    const out = agreements("Le Cégep de Pointe-Laurier a négocié une entente avec l'Université de Brest et signera l'entente en mai.", 'fr', 2);
    expect(out).toHaveLength(1);
  });
});
