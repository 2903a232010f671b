import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('what comes next is a plan', () => {
  it('tells "L’étape suivante, c’est une convention d’échanges entre A et B" as a planned agreement', () => {
    const text = "L'étape suivante, c'est une convention d'échanges entre la Chambre de Norvalle et la Coopérative d'Estamir.";
    const out = eventsFor(text, [['ORG', 'Chambre de Norvalle'], ["ORG", "Coopérative d'Estamir"]]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'planned', parties: ['Chambre de Norvalle', "Coopérative d'Estamir"] });
  });

  it('tells "Next steps include a dual-degree agreement between A and B" as a planned agreement', () => {
    const text = 'Next steps include a dual-degree agreement between Kelby College and Marrow Institute.';
    const out = eventsFor(text, [['ORG', 'Kelby College'], ['ORG', 'Marrow Institute']], [], 'en');
    expect(out[0]).toMatchObject({ status: 'planned' });
  });

  it('keeps "Dernière étape du voyage, A et B ont signé une convention" signed', () => {
    const text = "Dernière étape du voyage, la Chambre de Norvalle et la Coopérative d'Estamir ont signé une convention d'échanges.";
    const out = eventsFor(text, [['ORG', 'Chambre de Norvalle'], ["ORG", "Coopérative d'Estamir"]]);
    expect(out[0]).toMatchObject({ status: 'signed' });
  });
});
