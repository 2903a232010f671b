import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a signing in a room of a building named after its town', () => {
  it('is placed in that town ("dans la salle des fêtes de l\'hôtel de ville de X")', () => {
    const text =
      "La Ville de Pornic et la Commune de Tadine ont signé une charte d'amitié dans la salle des fêtes de l'hôtel de ville de Pornic.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Pornic'], ['ORG', 'Commune de Tadine'], ['PLACE', 'Pornic']]);
    expect(e?.place).toBe('Pornic');
  });

  it('reads a courtyard of a palace and a room of a castle named after the town', () => {
    const court = "Une convention a été signée entre la Ville d'Auray et la Commune de Ouidah dans la cour des palais anciens de Ouidah.";
    const [a] = eventsFor(court, [['ORG', "Ville d'Auray"], ['ORG', 'Commune de Ouidah'], ['PLACE', 'Ouidah']]);
    expect(a?.place).toBe('Ouidah');
    const castle = 'La Ville de Vianden et la Ville de Gien ont signé une convention dans la salle des gardes du château de Vianden.';
    const [b] = eventsFor(castle, [['ORG', 'Ville de Vianden'], ['ORG', 'Ville de Gien'], ['PLACE', 'château de Vianden'], ['PLACE', 'Vianden']]);
    expect(b?.place).toBe('Vianden');
  });

  it('leaves alone a room named after a town that no locative word opens', () => {
    const text = 'Le gérant de la salle des fêtes de Vierzon et la Ville de Bourges ont signé une convention de location.';
    const [e] = eventsFor(text, [['ORG', 'Ville de Bourges'], ['PLACE', 'Vierzon']]);
    expect(e?.place).toBeUndefined();
  });
});
