import { describe, expect, it } from 'vitest';
import { genericSigning } from '../../../src/extract/events/generic-signing.js';
import { madeForTheOccasion } from '../../../src/extract/events/occasion-trip.js';

// The word each cue is gated on must never refuse a clause the cue reads: one clause per branch,
// and a near miss that holds the gate word but not the cue.
describe('madeForTheOccasion, each branch behind its word', () => {
  it.each([
    'Une délégation de Lorval fera le voyage à cette occasion.',
    'Le maire se déplacera pour la signature.',
    'A delegation will travel to Xville for the signing.',
    'Une délégation de Vennes fera alors le déplacement.',
    'Le maire y conduira une délégation.',
    'Le préfet y emmènera une délégation.',
    'The Lorval mayor is expected then.',
    'Officials from Vennes are expected to attend.',
    'The council of Lorval will come up for that.',
    'The mayor plans to lead a delegation to Xville at that time.',
  ])('reads "%s"', (clause) => {
    expect(madeForTheOccasion(clause)).toBe(true);
  });

  it.each([
    'Une délégation de Lorval fera le voyage en mai.',
    'Alors, une délégation de Vennes ira à Xville.',
    'The delegation was expected to arrive on Monday.',
    'The delegation led by the mayor at that time visited Xville.',
    'The mayor said that the trip went well.',
  ])('leaves "%s"', (clause) => {
    expect(madeForTheOccasion(clause)).toBe(false);
  });
});

describe('genericSigning, "se" gated on its spaces', () => {
  it('reads "ça se signe" and "cela ne se négocie"', () => {
    expect(genericSigning('Une charte, ça se signe une seule fois.')).toBe(true);
    expect(genericSigning('Une entente, cela ne se négocie pas en un jour.')).toBe(true);
    expect(genericSigning('Une entente, cela\tse\tconclut vite.')).toBe(true);
  });

  it('leaves a past signing and "se" inside a word', () => {
    expect(genericSigning("Ça s'est signé hier à Lorval.")).toBe(false);
    expect(genericSigning('La chose se signe à Vennes.')).toBe(false);
    expect(genericSigning('Cela passe signé.')).toBe(false);
  });
});
