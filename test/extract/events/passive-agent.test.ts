import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

const entities = [['ORG', 'Arden Council'], ['ORG', 'Nordby Municipality'], ['PLACE', 'Halden'], ['PERSON', 'Alan Fisk'], ['PERSON', 'Tom Weir']] as const;

describe('the agent of a passive signing after a dated, placed phrase', () => {
  it('reads "was signed on Tuesday, 3 March at … in X by A and B" as the signers', () => {
    const text =
      'Arden Council and Nordby Municipality have signed a friendship agreement. The text was signed on Tuesday, 3 March at the town hall in Halden by Mayor Alan Fisk and Tom Weir.';
    const [e] = eventsFor(text, entities, [], 'en');
    expect(e?.signatories).toEqual(['Alan Fisk', 'Tom Weir']);
  });

  it('leaves out the agent of a participle ("during a visit led by X")', () => {
    const text =
      'Arden Council and Nordby Municipality have signed a friendship agreement. The text was signed on Tuesday, 3 March during a visit to Halden led by Alan Fisk and Tom Weir.';
    const [e] = eventsFor(text, entities, [], 'en');
    expect(e?.signatories).toEqual([]);
  });
});
