import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

const SPECS = [['ORG', 'Ville de Néguac'], ['ORG', "Ville d'Arbois"], ['PERSON', 'Rémi Savoie-Cormier'], ['PERSON', 'Aurèle Vautrin']] as const;

describe('the people named to sign an agreement still in preparation', () => {
  it('are no signatories: nobody has signed yet', () => {
    const text =
      "La Ville de Néguac et la Ville d'Arbois signeront une charte d'amitié en mai 2027. Elle sera signée par le maire, Rémi Savoie-Cormier, et par la mairesse d'Arbois, Aurèle Vautrin.";
    const out = eventsFor(text, SPECS);
    const planned = out.find((e) => e.type === 'agreement');
    expect(planned?.status).toBe('planned');
    expect(planned?.signatories).toEqual([]);
  });

  it('stay the signatories of an agreement signed', () => {
    const text =
      "La Ville de Néguac et la Ville d'Arbois ont signé une charte d'amitié en mai 2025. Elle a été signée par le maire, Rémi Savoie-Cormier, et par la mairesse d'Arbois, Aurèle Vautrin.";
    const out = eventsFor(text, SPECS);
    expect(out.find((e) => e.type === 'agreement')?.signatories).toEqual(['Rémi Savoie-Cormier', 'Aurèle Vautrin']);
  });
});
