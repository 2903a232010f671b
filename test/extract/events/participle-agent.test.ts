import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('the agent of another participle in a signing clause', () => {
  it('is no signer ("to be signed in X, when a delegation led by A travels")', () => {
    const text = 'Arden Council will sign a friendship agreement with Nordby Municipality in Halden next spring, when a delegation led by Alan Fisk will travel to Norway.';
    const [e] = eventsFor(text, [['ORG', 'Arden Council'], ['ORG', 'Nordby Municipality'], ['PLACE', 'Halden'], ['PLACE', 'Norway'], ['PERSON', 'Alan Fisk']], [], 'en');
    expect(e?.signatories).toEqual([]);
  });

  it('leaves the agent of the signing verb itself', () => {
    const text = "La Ville de Montclar et la Ville de Varenne ont signé jeudi une charte d'amitié, paraphée par Anne Roy et par Luc Gil.";
    const [e] = eventsFor(text, [['ORG', 'Ville de Montclar'], ['ORG', 'Ville de Varenne'], ['PERSON', 'Anne Roy'], ['PERSON', 'Luc Gil']]);
    expect(e?.signatories).toEqual(['Anne Roy', 'Luc Gil']);
  });
});
