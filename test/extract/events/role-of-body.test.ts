import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('a signer named after the body whose role he holds', () => {
  it('reads "par la directrice de X, A, et le chancelier du Y, B" as two signers', () => {
    const text =
      "L'entente a été signée au campus du collège, à Houma, par la directrice générale de Rosemont, Lise Paquin, et le chancelier du Bayou Technical College, Wade Fontenot, en marge du festival.";
    const e = agreementFor(text, [['ORG', 'Bayou Technical College'], ['PERSON', 'Lise Paquin'], ['PERSON', 'Wade Fontenot'], ['PLACE', 'Houma'], ['PLACE', 'Rosemont']]);
    expect(e?.signatories).toEqual(['Lise Paquin', 'Wade Fontenot']);
  });
});
