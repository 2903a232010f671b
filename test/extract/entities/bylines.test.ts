import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const body = '\n\nThe two towns signed a friendship agreement on Monday.\n';

describe('the author a byline names', () => {
  it('reads a name after "By" or "Par" that closes the line, whatever the given name', () => {
    expect(namesOf(`Two towns sign\n\nBy Tavita Ruatapu${body}`, 'PERSON', 'en')).toContain('Tavita Ruatapu');
    expect(namesOf(`Deux villes signent\n\nPar Oyelaran Mbemba-Keita | 3 mai 2025${body}`, 'PERSON', 'fr')).toContain('Oyelaran Mbemba-Keita');
  });

  it('reads a name after a few lower-case words that end in "par"', () => {
    expect(namesOf(`Trois questions\n\nPropos recueillis par Ilario Vantaggi — Lyon, 3 mai 2025${body}`, 'PERSON', 'fr')).toContain('Ilario Vantaggi');
  });

  it('leaves "by" inside a sentence and a lone word alone', () => {
    expect(namesOf(`The mission was organised by Lakeshore Harbour\n\nBy Tavita${body}`, 'PERSON', 'en')).toEqual([]);
  });
});

describe('"Grace" as a given name', () => {
  it('reads "Grace" before a surname as a given name, and "Grâce à" as no name', () => {
    expect(namesOf('The founder Grace Tamihana said two farms had asked for units.', 'PERSON', 'en')).toEqual(['Grace Tamihana']);
    expect(namesOf('Grâce à la Région Bretagne, la mission a eu lieu.', 'PERSON', 'fr')).toEqual([]);
  });
});
