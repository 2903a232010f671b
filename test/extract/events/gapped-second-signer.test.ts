import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a second signer "for" its side after a lower-case title or a semicolon', () => {
  const specs = [['ORG', 'Dawson College'], ['ORG', 'University of Tromsø'], ['PERSON', 'Paul Tremblay'], ['PERSON', 'Kari Nilsen']] as const;

  it('reads "A signed for X and vice rector B for Y"', () => {
    const text = 'On Tuesday, Dawson College and the University of Tromsø signed a letter of intent. Provost Paul Tremblay signed for Dawson and vice rector Kari Nilsen for the Norwegian side.';
    expect(eventsFor(text, specs, [], 'en')[0]?.signatories).toEqual(['Paul Tremblay', 'Kari Nilsen']);
  });

  it('reads "A a signé pour X; la vice-rectrice de Y, B, pour son établissement"', () => {
    const text =
      "Mardi, le Collège Dawson et l'Université de Tromsø ont signé une lettre d'intention. Le directeur, Paul Tremblay, a signé pour le collège; la vice-rectrice de l'université, Kari Nilsen, pour son établissement.";
    const fr = [['ORG', 'Collège Dawson'], ['ORG', "Université de Tromsø"], ['PERSON', 'Paul Tremblay'], ['PERSON', 'Kari Nilsen']] as const;
    expect(eventsFor(text, fr)[0]?.signatories).toEqual(['Paul Tremblay', 'Kari Nilsen']);
  });

  it('leaves out a person thanked "for" something after the signing', () => {
    const text = 'On Tuesday, Dawson College and the University of Tromsø signed a letter of intent. Provost Paul Tremblay signed for Dawson and thanked vice rector Kari Nilsen for her patience.';
    expect(eventsFor(text, specs, [], 'en')[0]?.signatories).toEqual(['Paul Tremblay']);
  });
});
