import { describe, expect, it } from 'vitest';
import { dateFor, missionFor, missionsFor } from './entities-for.js';

describe('a trip told by its side and a passive', () => {
  it('tells "Une délégation d’Estamir, avec X, est attendue le mois prochain" as a trip', () => {
    const text =
      "La Ville de Norvalle et la Ville d'Estamir veulent signer une entente culturelle en février 2027 à Norvalle. Une délégation d'Estamir, avec le bourgmestre Paul Arnoux, est attendue le mois prochain.";
    expect(missionFor(
      text,
      [['ORG', 'Ville de Norvalle'], ["ORG", "Ville d'Estamir"], ['PLACE', 'Estamir'], ['PLACE', 'Norvalle'], ['PERSON', 'Paul Arnoux']],
      [dateFor(text, 'février 2027', '2027-02')],
    )?.parties).toContain('Estamir');
  });

  it('does not tell "Le rapport de la délégation d’Estamir est attendu" as a trip', () => {
    const text = "Le rapport de la délégation d'Estamir est attendu en mars.";
    expect(missionsFor(text, [['PLACE', 'Estamir']], [dateFor(text, 'mars', '--03')])).toHaveLength(0);
  });
});

describe('a trip made with an adverb before its noun', () => {
  it('tells "Une délégation de la Chambre de X fera aussi le voyage" as a trip', () => {
    const text =
      "Le salon de Norvalle ouvrira en juin 2027. Une délégation de la Chambre des Métiers d'Estamir fera aussi le voyage.";
    expect(missionFor(text, [['ORG', "Chambre des Métiers d'Estamir"], ['PLACE', 'Norvalle']], [dateFor(text, 'juin 2027', '2027-06')])?.parties).toContain("Chambre des Métiers d'Estamir");
  });

  it('does not read "fera alors le point" as a trip', () => {
    const text = "Une délégation de la Chambre des Métiers d'Estamir fera alors le point.";
    expect(missionsFor(text, [['ORG', "Chambre des Métiers d'Estamir"]])).toHaveLength(0);
  });
});
