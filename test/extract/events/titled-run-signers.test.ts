import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('signers after a run of capitalised title words', () => {
  it('reads "by Arden Pro Vice-Chancellor (Research) Professor X and …" as the signers', () => {
    const text =
      'Arden University and Nordby College signed a memorandum of understanding in Halden. The memorandum was signed on Tuesday by Arden Pro Vice-Chancellor (Research) Professor Alan Fisk and Nordby College President Tom Weir.';
    const [e] = eventsFor(text, [['ORG', 'Arden University', 'Arden'], ['ORG', 'Nordby College'], ['PLACE', 'Halden'], ['PERSON', 'Alan Fisk'], ['PERSON', 'Tom Weir']], [], 'en');
    expect(e?.signatories).toEqual(['Alan Fisk', 'Tom Weir']);
  });

  it('does not read a person far after "by" in lower-case prose as a signer', () => {
    const text =
      'Arden University and Nordby College signed a memorandum of understanding in Halden. The memorandum was signed on Tuesday by the two institutions, a week after a long visit paid to the campus by Alan Fisk.';
    const [e] = eventsFor(text, [['ORG', 'Arden University'], ['ORG', 'Nordby College'], ['PLACE', 'Halden'], ['PERSON', 'Alan Fisk']], [], 'en');
    expect(e?.signatories).toEqual([]);
  });
});
