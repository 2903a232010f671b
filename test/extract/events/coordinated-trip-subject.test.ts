import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a trip told as the subject of two coordinated verbs', () => {
  const lead = 'The Leader reported on the visit of a Riverton delegation to Lakemont from 3 to 7 May 2026, which she had led. ';

  it('reads the hosts of "The delegation comprised …, and was hosted by X and Y"', () => {
    const text = `${lead}The delegation comprised council staff and farmers, and was hosted by Lakemont County Council and the Lakemont Port Authority.`;
    const trip = missionFor(text, [['ORG', 'Lakemont County Council'], ['ORG', 'Lakemont Port Authority'], ['PLACE', 'Riverton'], ['PLACE', 'Lakemont']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Lakemont County Council', 'Lakemont Port Authority']));
  });

  it('does not read a host of another subject coordinated in the sentence', () => {
    const text = `${lead}The report on the delegation was tabled in June and was received by Lakemont County Council.`;
    const trip = missionFor(text, [['ORG', 'Lakemont County Council'], ['PLACE', 'Riverton'], ['PLACE', 'Lakemont']], [], 'en');
    expect(trip?.parties).not.toContain('Lakemont County Council');
  });

  it('reads the bodies listed after people named by their role: "comprised council officers, the Port of X and Y"', () => {
    const text = `${lead}The delegation comprised council officers, the Port of Riverton and Riverton Polytechnic.`;
    const trip = missionFor(text, [['ORG', 'Port of Riverton'], ['ORG', 'Riverton Polytechnic'], ['PLACE', 'Riverton'], ['PLACE', 'Lakemont']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Port of Riverton', 'Riverton Polytechnic']));
  });

  it('does not read a body far down a sentence the trip is not the subject of', () => {
    const text = `${lead}The report comprised three chapters, two annexes and a letter from Riverton Polytechnic.`;
    const trip = missionFor(text, [['ORG', 'Riverton Polytechnic'], ['PLACE', 'Riverton'], ['PLACE', 'Lakemont']], [], 'en');
    expect(trip?.parties).not.toContain('Riverton Polytechnic');
  });
});
