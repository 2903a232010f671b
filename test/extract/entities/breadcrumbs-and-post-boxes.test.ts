import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a breadcrumb section joined by "&"', () => {
  it('is no firm', () => {
    const text = 'Marbury Town Council\nHome > Press & Events > Latest news\nMarbury signed a pact on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Marbury Town Council']);
  });

  it('leaves a firm named by two surnames in a sentence', () => {
    const text = 'The council hired Hallam & Drury on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Hallam & Drury']);
  });
});

describe('a post-office box', () => {
  it('is no body', () => {
    const text = 'Write to the council at PO Box 973, Marbury.';
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('"BP" and its number are no body', () => {
    const text = 'Écrivez à la mairie, BP 345, Marbury.';
    expect(namesOf(text, 'ORG', 'fr')).toEqual([]);
  });

  it('leaves an acronym that is no box', () => {
    const text = 'The MPO signed with Marbury on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['MPO']);
  });
});
