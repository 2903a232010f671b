import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('signers after a passive agent, each set off behind a title and its body', () => {
  it('reads "signed by the Chief Executive Officer of X, Cllr A, and the Secretary of Y, B"', () => {
    const text =
      'Fife Harbour Board and the Maine Port Authority signed a memorandum of understanding. The memorandum was signed on Friday in Portland by the Chief Executive Officer of Fife Harbour Board, Cllr Ann Leckie, and the Executive Director of the Maine Port Authority, Tom Varney.';
    const [e] = eventsFor(text, [['ORG', 'Fife Harbour Board'], ['ORG', 'Maine Port Authority'], ['PERSON', 'Ann Leckie'], ['PERSON', 'Tom Varney'], ['PLACE', 'Portland']], [], 'en');
    expect(e?.signatories).toEqual(['Ann Leckie', 'Tom Varney']);
  });

  it('reads the agent after a day and a venue set off by commas', () => {
    const text =
      'Fife Harbour Board and the Maine Port Authority have signed a memorandum of understanding. It was signed on Friday, 4 June, at the harbour office, by Ann Leckie and Tom Varney.';
    const [e] = eventsFor(text, [['ORG', 'Fife Harbour Board'], ['ORG', 'Maine Port Authority'], ['PERSON', 'Ann Leckie'], ['PERSON', 'Tom Varney']], [], 'en');
    expect(e?.signatories).toEqual(['Ann Leckie', 'Tom Varney']);
  });

});
