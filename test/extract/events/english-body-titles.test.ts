import { describe, expect, it } from 'vitest';
import { eventsFor, type Spec } from './entities-for.js';

const deal = (text: string, specs: readonly Spec[]) => eventsFor(text, specs, [], 'en').find((e) => e.type === 'agreement');

describe('a signer titled by a body whose English name puts its place first signs for the body', () => {
  it('reads "president of the Lamego Chamber of Commerce and Industry" as the chamber', () => {
    const text =
      'Ana Costa, president of the Lamego Chamber of Commerce and Industry, and Paul Tremblay, director of the Dunmore Trade Board, signed a memorandum of understanding on seafood trade.';
    const specs: Spec[] = [['ORG', 'Lamego Chamber of Commerce and Industry'], ['ORG', 'Dunmore Trade Board'], ['PLACE', 'Lamego'], ['PERSON', 'Ana Costa'], ['PERSON', 'Paul Tremblay']];
    expect(deal(text, specs)?.parties).toContain('Lamego Chamber of Commerce and Industry');
  });

  it('still reads a government of the place as the place ("president of the Lamego Regional Government")', () => {
    const text =
      'Ana Costa, president of the Lamego Regional Government, and Paul Tremblay, director of the Dunmore Trade Board, signed a memorandum of understanding on seafood trade.';
    const specs: Spec[] = [['ORG', 'Lamego Regional Government'], ['ORG', 'Dunmore Trade Board'], ['PLACE', 'Lamego'], ['PERSON', 'Ana Costa'], ['PERSON', 'Paul Tremblay']];
    expect(deal(text, specs)?.parties).toContain('Lamego');
  });
});
