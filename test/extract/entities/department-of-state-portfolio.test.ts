import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a state inside a department\'s portfolio', () => {
  it('reads "Department of State X" as the department', () => {
    expect(namesOf("The island government's Department of State Growth funded the visit.", 'ORG', 'en')).toContain('Department of State Growth');
  });

  it('leaves a state senator and her name out of an office', () => {
    expect(namesOf('They called the Office of State Senator Ann Lee.', 'ORG', 'en')).not.toContain('Office of State Senator Ann Lee');
  });
});

describe('a county inside a board\'s name', () => {
  it('reads the board of county commissioners whole, after its county', () => {
    expect(namesOf('The Adams County Board of County Commissioners and the water district met.', 'ORG', 'en')).toContain('Adams County Board of County Commissioners');
  });

  it('keeps a county of a named place as the complement', () => {
    expect(namesOf('The Municipality of the County of Kings met.', 'ORG', 'en')).toEqual(['Municipality of the County of Kings']);
  });
});
