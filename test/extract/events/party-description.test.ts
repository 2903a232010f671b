import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a description set off by commas after a party', () => {
  it('leaves out the body inside "X, the economic development agency of Y, and Z"', () => {
    const text = 'Port Alba, the economic development agency of the Alba County Council, and the Nordhavn Cluster today signed a memorandum of understanding.';
    const [e] = eventsFor(text, [['ORG', 'Port Alba'], ['ORG', 'Alba County Council'], ['ORG', 'Nordhavn Cluster']], [], 'en');
    expect(e?.parties).toEqual(['Port Alba', 'Nordhavn Cluster']);
  });

  it('leaves out "X, l’agence de promotion de la Principauté, ont signé"', () => {
    const text = "La CCI de Menton et le Riviera Board, l'agence de promotion économique de la Principauté, ont signé une convention.";
    const [e] = eventsFor(text, [['ORG', 'CCI de Menton'], ['ORG', 'Riviera Board'], ['ORG', 'agence de promotion économique de la Principauté']]);
    expect(e?.parties).toEqual(['CCI de Menton', 'Riviera Board']);
  });

  it('keeps a named body after the comma ("X, l’Agence de promotion Y et Z")', () => {
    const text = "Un protocole a été signé entre la Chambre de Sfax, l'Agence de promotion de l'industrie et le Pôle de Gabès.";
    const [e] = eventsFor(text, [['ORG', 'Chambre de Sfax'], ['ORG', "Agence de promotion de l'industrie"], ['ORG', 'Pôle de Gabès']]);
    expect(e?.parties).toEqual(['Chambre de Sfax', "Agence de promotion de l'industrie", 'Pôle de Gabès']);
  });
});
