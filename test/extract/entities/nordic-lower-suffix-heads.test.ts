import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a Scandinavian head in lower case after its town', () => {
  it('names the municipality, even with no known place', () => {
    const text = 'Les élus de Vestby kommune sont venus à Lorval.';
    expect(namesOf(text, 'ORG')).toEqual(['Vestby kommune']);
  });

  it('ends a coordinated French name before a second body', () => {
    const text = 'En 2022, le Cégep de Lorval et Sør universitet avaient signé une entente.';
    expect(namesOf(text, 'ORG')).toEqual(['Cégep de Lorval', 'Sør universitet']);
  });

  it('names nothing when the head has no town before it', () => {
    const text = 'Il a visité la kommune hier.';
    expect(namesOf(text, 'ORG')).toEqual([]);
  });
});

describe('the Norwegian "og" inside a county\'s name', () => {
  it('keeps both parts of the county before its English or Norwegian head', () => {
    expect(namesOf('The Øst og Fjordland County Municipality signed.', 'ORG', 'en')).toEqual(['Øst og Fjordland County Municipality']);
    expect(namesOf('Øst og Fjordland fylkeskommune signed.', 'ORG', 'en')).toEqual(['Øst og Fjordland fylkeskommune']);
  });

  it('does not join an English "and" the same way before a lower-case head', () => {
    expect(namesOf('Vest and Nordland fylkeskommune signed.', 'ORG', 'en')).not.toContain('Vest and Nordland fylkeskommune');
  });
});
