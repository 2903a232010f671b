import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

const SPECS = [['PLACE', 'Néguac'], ['PLACE', 'Arbois'], ['PERSON', 'Odile Rameau']] as const;

describe('a person who tells of a trip', () => {
  it('does not lead it: "X a confirmé qu\'une délégation viendra"', () => {
    const text = "La mairesse Odile Rameau a confirmé qu'une délégation de Néguac se rendra à Arbois en mai 2026.";
    expect(eventsFor(text, SPECS).find((e) => e.type === 'mission')?.signatories).toEqual([]);
  });

  it('does not lead it: "Mayor X said a delegation would travel"', () => {
    const text = 'Mayor Odile Rameau said a Néguac delegation would travel to Arbois in May 2026.';
    expect(eventsFor(text, SPECS, [], 'en').find((e) => e.type === 'mission')?.signatories).toEqual([]);
  });

  it('leads it when the telling says so: "X a annoncé qu\'elle conduira une délégation"', () => {
    const text = "La mairesse Odile Rameau a annoncé qu'elle conduira une délégation de Néguac à Arbois en mai 2026.";
    expect(eventsFor(text, SPECS).find((e) => e.type === 'mission')?.signatories).toEqual(['Odile Rameau']);
  });

  it.each(['mènera', 'va mener'])('leads it when she says she %s it', (verb) => {
    const text = `La mairesse Odile Rameau a annoncé qu'elle ${verb} une délégation de Néguac à Arbois en mai 2026.`;
    expect(eventsFor(text, SPECS).find((e) => e.type === 'mission')?.signatories).toEqual(['Odile Rameau']);
  });
});
