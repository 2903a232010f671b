import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf, placeAt } from './helpers.js';

describe('a body named after its territory in initials', () => {
  it('reads "Prefix INITIALS" as one body, not the initials alone', () => {
    const text = 'Tourism NB will open an office. Tourism NB’s report is out.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Tourism NB']);
  });

  it('links a bracketed short form to its long form', () => {
    const text = 'Ola Berg of Invest South Australia (Invest SA) signed with Kobe. Invest SA will open an office.';
    const orgs = entitiesOf(text, 'en', [placeAt(text, 'South Australia')]).filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => [e.name, e.aliases])).toEqual([['Invest South Australia', ['Invest SA']]]);
  });

  it('leaves initials followed by a capitalized name to it', () => {
    const text = 'The Business AI Summit opened in May.';
    expect(namesOf(text, 'ORG', 'en')).not.toContain('Business AI');
  });
});
