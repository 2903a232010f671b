import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a council convener or a university pro-rector is a person\'s title, not a body', () => {
  it('leaves "Convener of" out of the council\'s name', () => {
    const text = 'The delegation was met by the Convener of Marbury Islands Council, Jane Smith.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Marbury Islands Council']);
  });

  it('leaves a pro-rector out of the body', () => {
    const text = 'Marbury College President Tom Vick and MTU Pro-Rector for Education Anne Berg exchanged copies.';
    expect(namesOf(text, 'ORG', 'en')).not.toContain('MTU Pro-Rector');
    expect(namesOf(text, 'PERSON', 'en')).toContain('Anne Berg');
  });

  it('still names the council when "convener" is a common noun', () => {
    const text = 'Marbury Islands Council named a new convener on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Marbury Islands Council']);
  });
});
