import { describe, expect, it } from 'vitest';
import { eventsFor, firstOfType } from './entities-for.js';

const agreement = (out: ReturnType<typeof eventsFor>) => firstOfType(out, 'agreement');

describe('the audience of a signing is not one of its sides', () => {
  it('leaves out the bodies named after "in front of"', () => {
    const text =
      'The friendship agreement was signed on Monday by the Mayor of Harrowgate, Ann Lee, and the Mayor of Kanazu, Ken Ito, in front of 150 guests and pupils from Harrowgate Grammar School.';
    const out = eventsFor(text, [['PLACE', 'Harrowgate'], ['PLACE', 'Kanazu'], ['ORG', 'Harrowgate Grammar School'], ['PERSON', 'Ann Lee'], ['PERSON', 'Ken Ito']], [], 'en');
    expect(agreement(out)?.parties).toEqual(['Harrowgate', 'Kanazu']);
  });

  it('keeps the bodies named before the audience', () => {
    const text =
      'The exchange agreement was signed on Monday by Harrowgate Grammar School and Kanazu Technical College, in front of 150 guests.';
    const out = eventsFor(text, [['ORG', 'Harrowgate Grammar School'], ['ORG', 'Kanazu Technical College']], [], 'en');
    expect(agreement(out)?.parties).toEqual(['Harrowgate Grammar School', 'Kanazu Technical College']);
  });
});
