import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

const SIDES = [['ORG', 'Ville de Pontcarré'], ['ORG', 'Ville de Tarnberg']] as const;

describe('"annonce la signature d\'un protocole" in a press release', () => {
  it('reports a signing done', () => {
    const text = "Pontcarré, le 12 mai 2026 – La Ville de Pontcarré est fière d'annoncer la signature d'un protocole d'amitié avec la Ville de Tarnberg.";
    expect(agreementFor(text, [...SIDES])?.status).toBe('signed');
  });

  it('still reads "annonce la signature prochaine d\'un protocole" as a plan', () => {
    const text = "La Ville de Pontcarré annonce la signature prochaine d'un protocole d'amitié avec la Ville de Tarnberg.";
    expect(agreementFor(text, [...SIDES])?.status).toBe('planned');
  });
});
