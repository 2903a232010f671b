import { describe, expect, it } from 'vitest';
import { agreementsFor, type Spec } from './entities-for.js';

describe('"les deux communes" after a signing between two town bodies', () => {
  const specs = (lower: string): Spec[] => [
    ['ORG', 'Ville de Rochemaure'],
    ['ORG', lower],
    ['PLACE', 'Rochemaure'],
    ['PLACE', 'Matam'],
  ];

  it('keeps the bodies when one of them is written "commune de X" in lower case', () => {
    const text =
      "La Ville de Rochemaure et la commune de Matam ont signé mardi une convention de coopération. La première convention avait été signée en 2012 à Matam par les deux communes.";
    const earlier = agreementsFor(text, specs('commune de Matam')).at(-1);
    expect(earlier?.parties).toEqual(['Ville de Rochemaure', 'commune de Matam']);
  });

  it('still names the towns when the signing named the towns themselves', () => {
    const text =
      "Rochemaure et Matam ont signé mardi une convention de coopération. La première convention avait été signée en 2012 à Matam par les deux communes. Le maire de la commune de Matam et la Ville de Rochemaure ont salué un partenariat ancien.";
    const earlier = agreementsFor(text, specs('commune de Matam')).at(-1);
    expect(earlier?.parties).toEqual(['Rochemaure', 'Matam']);
  });
});

describe('"les deux villes" after a signing between a town body and "la commune de X"', () => {
  it('names the towns, not their bodies', () => {
    const text =
      "La Ville de Rochemaure et la commune de Matam ont signé mardi une convention de coopération. Les deux villes prévoient de signer au printemps un accord sur l'eau.";
    const plan = agreementsFor(text, [['ORG', 'Ville de Rochemaure'], ['ORG', 'commune de Matam'], ['PLACE', 'Rochemaure'], ['PLACE', 'Matam']]).at(-1);
    expect(plan?.parties).toEqual(['Rochemaure', 'Matam']);
  });
});
