import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('a maxim told with "ça se signe"', () => {
  it('makes no signing of "Une charte, ça se signe une seule fois" after a planned protocol', () => {
    const fr =
      "La Ville de Lorval et la commune de Vennes préparent un projet de protocole d'amitié. « Une charte, ça se signe une seule fois », a rappelé le maire.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes']]);
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('planned');
  });

  it('dates the planned protocol by its intended signing, not by the day of a vote', () => {
    const fr =
      "Le conseil de la Ville de Lorval votera le 18 novembre sur un projet de protocole d'amitié avec la commune de Vennes. Les deux villes comptent le signer en juin 2031 à Lorval. « Cela ne se négocie pas en un jour », a dit le préfet.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes'], ['PLACE', 'Lorval']], [dateFor(fr, '18 novembre', '2030-11-18'), dateFor(fr, 'juin 2031', '2031-06')]);
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('planned');
    expect(out[0]!.date).toBe('2031-06');
  });

  it('still reads a past signing told with "ça s’est signé"', () => {
    const fr = "La Ville de Lorval et la commune de Vennes ont signé un protocole d'amitié ; ça s'est signé en mairie.";
    const out = agreementsFor(fr, [['ORG', 'Ville de Lorval'], ['ORG', 'commune de Vennes']]);
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('signed');
  });
});
