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
