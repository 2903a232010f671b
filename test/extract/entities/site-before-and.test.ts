import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a site named before "and" and a body with its own head', () => {
  it('ends the site before the body', () => {
    expect(namesOf('They toured Larkfield Park and Aldgate University on Monday.', 'ORG', 'en')).toEqual(['Aldgate University']);
    expect(namesOf('Officials of Larkfield Campus and College of the Northlands met.', 'ORG', 'en')).toContain('College of the Northlands');
  });

  it('keeps a body whose own name coordinates two words', () => {
    expect(namesOf('The Larkfield Chamber of Commerce and Industry signed.', 'ORG', 'en')).toEqual(['Larkfield Chamber of Commerce and Industry']);
  });
});

describe('a site before "and" and a body whose name holds another "and"', () => {
  it('ends the site before the body', () => {
    expect(namesOf('Officials of Larkfield Campus and Aldgate and Barrowmere College met.', 'ORG', 'en')).toEqual(['Aldgate and Barrowmere College']);
  });
});

describe('a descriptor before a name cut out of a known place', () => {
  it('leaves the cut name to the place', () => {
    const text = 'The group toured Larkfield Park and Aldgate University on Monday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Larkfield Park')])).toEqual(['Aldgate University']);
  });

  it('still reads a descriptor\'s name that is no place', () => {
    const text = 'The group Larkfield Holdings bought a plant in Aldgate.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Aldgate')])).toContain('Larkfield Holdings');
  });
});
