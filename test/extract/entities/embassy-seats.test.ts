import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a French diplomatic post and its seat', () => {
  it('keeps the seat after a post named by a demonym ("ambassade vellonienne en Korvanie")', () => {
    const text = "Une attachée de l'ambassade vellonienne en Korvanie était présente au vernissage.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie')])).toEqual(['ambassade vellonienne en Korvanie']);
  });

  it('leaves a people group with a demonym alone ("la délégation vellonienne en Korvanie")', () => {
    const text = 'La délégation vellonienne en Korvanie est repartie lundi.';
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Korvanie')])).toEqual([]);
  });

  it('reads a lower-case word of the sending country and goes on to the seat', () => {
    const text = "L'ambassade de la République korvèque au Canada était représentée par une conseillère.";
    const places = [placeAt(text, 'République korvèque'), placeAt(text, 'Canada')];
    expect(namesOf(text, 'ORG', 'fr', places)).toContain('ambassade de la République korvèque au Canada');
  });

  it('does not run a body on through a verb after the state\'s name', () => {
    const text = "L'ambassade de la République organise au Canada une rencontre.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Canada')])).not.toContain('ambassade de la République organise au Canada');
  });
});

describe("a state's formal name inside an embassy's", () => {
  it('reads the lower-case words of the state\'s name and goes on to the seat', () => {
    const text = "Une conseillère de l'Ambassade de la Confédération korvèque en Velmorie était présente.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Velmorie')])).toContain('Ambassade de la Confédération korvèque en Velmorie');
  });

  it('reads a dynasty\'s adjective, then the country and the seat', () => {
    const text = "L'ambassade du Royaume hachémite de Norvanie à Brandval suit le partenariat.";
    expect(namesOf(text, 'ORG')).toContain('ambassade du Royaume hachémite de Norvanie à Brandval');
  });

  it('stops before a verb after the state\'s name', () => {
    const text = "L'ambassade de la République tchèque a Brandval comme siège.";
    expect(namesOf(text, 'ORG').some((n) => n.includes('Brandval'))).toBe(false);
  });
});
