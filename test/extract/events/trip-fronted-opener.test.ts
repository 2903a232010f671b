import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

const specs = [
  ['ORG', 'Ville de Morvelle'],
  ['ORG', 'Agence portuaire de Tarvissa'],
  ['ORG', 'Fondation Lesquin'],
  ['PLACE', 'Morvelle'],
  ['PLACE', 'Tarvissa'],
] as const;

describe('a later sentence that keeps the trip as its subject after a short fronted phrase', () => {
  it('reads the hosts of "Sur place, elle a été reçue par X" two sentences after the trip', () => {
    const text =
      'Une délégation de la Ville de Morvelle séjourne à Tarvissa du 3 au 7 juin. Partie lundi, elle a rejoint le port par la route. Elle est conduite par le maire. Sur place, elle est reçue par l\'Agence portuaire de Tarvissa et par la Fondation Lesquin.';
    const out = eventsFor(text, specs);
    expect(out.find((x) => x.type === 'mission')?.parties).toEqual(expect.arrayContaining(['Agence portuaire de Tarvissa', 'Fondation Lesquin']));
  });

  it('does not read a long fronted clause as the trip going on', () => {
    const text =
      'Une délégation de la Ville de Morvelle séjourne à Tarvissa du 3 au 7 juin. Partie lundi, elle a rejoint le port par la route. Elle est conduite par le maire. Lors de son tout premier voyage dans la région il y a dix ans, elle avait été reçue par la Fondation Lesquin.';
    const out = eventsFor(text, specs.filter(([, name]) => name !== 'Agence portuaire de Tarvissa'));
    const found = out.find((x) => x.type === 'mission');
    expect(found).toBeDefined();
    expect(found!.parties).not.toContain('Fondation Lesquin');
  });
});
