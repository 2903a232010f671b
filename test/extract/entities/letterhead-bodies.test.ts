import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a council or a commune named in capitals by its letterhead', () => {
  it('reads the council alone on its line or before a dash', () => {
    expect(namesOf('TARROWBY COUNTY COUNCIL\n\nMINUTES of the meeting of the Cabinet held on Monday.\n', 'ORG', 'en')).toContain('TARROWBY COUNTY COUNCIL');
    expect(namesOf('THE TARROWBY COUNCIL – NEWS RELEASE\n\nThe council met on Monday.\n', 'ORG', 'en')).toContain('TARROWBY COUNCIL');
  });

  it('reads a commune before its department in brackets', () => {
    expect(namesOf('COMMUNE DE SAINT-ORMEL (Orne)\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n\nLe conseil a voté.\n', 'ORG')).toContain('COMMUNE DE SAINT-ORMEL');
  });

  it('leaves a headline in capitals alone', () => {
    expect(namesOf('TARROWBY AND ALDGATE SIGN A PACT AT THE COUNTY COUNCIL\n\nThe council met on Monday.\n', 'ORG', 'en').filter((n) => /COUNCIL/.test(n))).toEqual([]);
  });
});
