import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a role glued between a body and a person splits the run', () => {
  it('reads "University of X President Firstname Lastname" as the body and the person', () => {
    const text = 'The memorandum was signed by University of Waikato President Mary Collins on Monday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Waikato')])).toEqual(['University of Waikato']);
    expect(namesOf(text, 'PERSON', 'en', [placeAt(text, 'Waikato')])).toContain('Mary Collins');
  });

  it('starts the next body after the person and "and"', () => {
    const text = 'The accord was signed by Tauranga Mayor Ana Ruiz and Marlborough District Council.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Tauranga')])).toEqual(['Marlborough District Council']);
  });

  it('leaves a body whose role word is followed by its own head', () => {
    const text = 'The accord was signed by the Bank of Montreal Chairman Advisory Council on Monday.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Montreal')])).toEqual(['Bank of Montreal Chairman Advisory Council']);
  });

  it('reads a titled person that ends the text with no final stop', () => {
    const text = 'The statement was read by Velmor Harbour Board Chair Ana Roy';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Velmor')])).toEqual(['Velmor Harbour Board']);
  });
});

describe('a titled person, then "of" + the body the person serves', () => {
  it('reads the body after "Fire Chief X of the"', () => {
    const text = 'The group included Fire Chief Dan Brevik of the Lorton Fire Department and two officers.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Lorton Fire Department']);
  });

  it('reads the body after an honorific and a person ("Dr X of Y University")', () => {
    const text = 'The group included Dr Tarsi Okanbe-Lund of Velmor University and two students.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Velmor University']);
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Tarsi Okanbe-Lund']);
  });

  it('keeps a body whose own name has "of" after a capitalized run with no title', () => {
    const text = 'The Friends of Lorton Park signed.';
    expect(namesOf(text, 'ORG', 'en')).not.toContain('Lorton Park');
  });
});
