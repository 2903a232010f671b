import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a press or communications unit', () => {
  it('reads a capitalized run that ends on "Communications", or a unit noun after it', () => {
    const text = 'The deal was signed on Monday.\n\nMedia enquiries: Strategic Communications, Town of Bellmoor\nPress: Communications Office, Harbour Board\nUNorth Media Relations\n';
    const orgs = namesOf(text, 'ORG', 'en');
    expect(orgs).toEqual(expect.arrayContaining(['Communications Office', 'Strategic Communications', 'UNorth Media Relations']));
  });

  it('leaves a portfolio, a role and a technology alone', () => {
    const text = 'The Minister of Communications met Communications Director Ana Ruiz about Information and Communications Technology.';
    expect(namesOf(text, 'ORG', 'en').filter((n) => n.includes('Communications'))).toEqual([]);
  });
});

describe('the person a contact label names', () => {
  it('reads the name after "Media contact:" before a comma, whatever the given name', () => {
    expect(namesOf('The deal was signed.\n\nMedia contact: Tavish Oduya, Office of the Mayor, Town of Bellmoor\n', 'PERSON', 'en')).toEqual(['Tavish Oduya']);
  });

  it('takes no unit for a person', () => {
    expect(namesOf('The deal was signed.\n\nMedia contact: Corporate Communications, Town of Bellmoor\n', 'PERSON', 'en')).toEqual([]);
  });
});
