import { describe, expect, it } from 'vitest';
import { agreementsFor } from './entities-for.js';

describe('a planning cue told after the sides listed right after the noun', () => {
  const specs = [['ORG', 'Université de Pau'], ['ORG', 'Université de Sfax']] as const;

  it('makes "Un accord-cadre entre A et B est en cours de rédaction" a plan', () => {
    const text = "Un accord-cadre entre l'Université de Pau et l'Université de Sfax est en cours de rédaction.";
    const out = agreementsFor(text, specs);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Université de Pau', 'Université de Sfax'] });
  });

  it('leaves alone a cue word far past the list, in what the text does', () => {
    const text =
      "Un accord-cadre entre l'Université de Pau et l'Université de Sfax fixe les règles des stages en laboratoire que les étudiants pourront préparer.";
    expect(agreementsFor(text, specs)).toEqual([]);
  });
});
