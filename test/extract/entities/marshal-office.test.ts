import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a voivodeship marshal as a role', () => {
  it("reads the Marshal's Office as a body", () => {
    expect(namesOf("The group was hosted by the Marshal's Office of the Wielkopolan Voivodeship.", 'ORG', 'en')).toContain("Marshal's Office of the Wielkopolan Voivodeship");
  });

  it('keeps the title out of the person\'s name', () => {
    expect(namesOf('The delegation was led by Marshal Ewa Zarnowska on Monday.', 'PERSON', 'en')).toEqual(['Ewa Zarnowska']);
  });
});
