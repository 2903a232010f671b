import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('a signer whose title holds its portfolio in brackets', () => {
  const specs = [
    ['ORG', 'Harbour University'],
    ['ORG', 'Kanazu Institute'],
    ['PERSON', 'Mara Lindqvist'],
    ['PERSON', 'Ken Saito'],
  ] as const;

  it('reads "signed by X\u2019s Deputy Vice-Chancellor (Research), Professor A, and …"', () => {
    const text =
      "Harbour University and the Kanazu Institute signed a memorandum of understanding on Tuesday. The document was signed by Harbour's Deputy Vice-Chancellor (Research), Professor Mara Lindqvist, and the Rector of the Kanazu Institute, Professor Ken Saito, at the main campus.";
    expect(agreementFor(text, specs, [], 'en')?.signatories).toEqual(['Mara Lindqvist', 'Ken Saito']);
  });

  it('leaves out the same title and person when they praise the agreement rather than sign it', () => {
    const text =
      "Harbour University and the Kanazu Institute signed a memorandum of understanding on Tuesday. The document was praised by Harbour's Deputy Vice-Chancellor (Research), Professor Mara Lindqvist, at the main campus.";
    expect(agreementFor(text, specs.slice(0, 3), [], 'en')?.signatories).not.toContain('Mara Lindqvist');
  });
});
