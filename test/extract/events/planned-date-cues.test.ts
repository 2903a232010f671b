import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

const SIDES = [['ORG', 'Musée de Lunel'], ['ORG', 'Musée de Larache'], ['PLACE', 'Larache'], ['PLACE', 'Lunel']] as const;

describe('a planned agreement dated by the trip it is signed on', () => {
  it('takes the date of the trip before "Cette mission sera l\'occasion de signer"', () => {
    const text =
      "Une délégation de Lunel se rendra à Larache en mars 2027. Cette mission sera l'occasion de signer un accord de partenariat entre le Musée de Lunel et le Musée de Larache, actuellement en préparation.";
    const [e] = agreementsFor(text, SIDES, [dateFor(text, 'mars 2027', '2027-03')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2027-03');
  });

  it('leaves undated a plan whose sentence names no trip', () => {
    const text =
      "Une délégation de Lunel se rendra à Larache en mars 2027. Le Musée de Lunel et le Musée de Larache préparent un accord de partenariat, actuellement en préparation.";
    const [e] = agreementsFor(text, SIDES, [dateFor(text, 'mars 2027', '2027-03')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBeUndefined();
  });
});

describe('a planned agreement dated by "une signature possible" in the next sentence', () => {
  const specs = [['ORG', 'Cégep de Pointe-Laurier'], ['ORG', 'Lycée de Brest'], ['PERSON', 'Anne Roy']] as const;
  it('takes the date of "une signature possible au printemps 2027"', () => {
    const text =
      "Le Cégep de Pointe-Laurier et le Lycée de Brest veulent préparer un protocole d'échange d'enseignants. La directrice, Anne Roy, parle d'une signature possible au printemps 2027.";
    const [e] = eventsFor(text, specs, [dateFor(text, '2027', '2027')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2027');
  });

  it('leaves it undated when the next sentence tells no signing', () => {
    const text =
      "Le Cégep de Pointe-Laurier et le Lycée de Brest veulent préparer un protocole d'échange d'enseignants. La directrice, Anne Roy, parle d'une rencontre possible au printemps 2027.";
    const [e] = eventsFor(text, specs, [dateFor(text, '2027', '2027')]);
    expect(e?.status).toBe('planned');
    expect(e?.date).toBeUndefined();
  });
});
