import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';

describe('Cllr before a name', () => {
  it('keeps the councillor abbreviation out of the person name', () => {
    const text = 'The plan was backed by Cllr Marnie Holloway, who chairs the parks committee in Westbrook.';
    const people = extract(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people).toContain('Marnie Holloway');
    expect(people).not.toContain('Cllr Marnie Holloway');
  });
});
