import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const signingPlace = (text: string): string | undefined => extract(text).events.find((e) => e.type === 'agreement')?.place;

const story = (second: string): string => `The Municipality of Vila Real and the City of Tarnów signed a memorandum of understanding on Thursday, 5 November 2026, during the visit of a Polish delegation to the Douro Valley.

${second}`;

describe('an agreement first placed where the trip went', () => {
  it('takes the place a later sentence says it was signed at', () => {
    expect(signingPlace(story('The memorandum was signed at the Vila Real Town Hall by the mayor of Vila Real, Rui Amaral, and the mayor of Tarnów, Ewa Mrozek.'))).toBe('Vila Real');
  });

  it('keeps the trip’s place when no later sentence says where it was signed', () => {
    expect(signingPlace(story('The memorandum was signed by the mayor of Vila Real, Rui Amaral, and the mayor of Tarnów, Ewa Mrozek.'))).toBe('Douro Valley');
  });
});
