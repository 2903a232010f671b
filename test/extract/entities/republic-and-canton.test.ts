import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

const fr = (text: string, place: string) => namesOf(text, 'ORG', 'fr', [placeAt(text, place)]);

describe('a Swiss canton in its full style', () => {
  it('reads "République et canton de X" whole, "canton" in either case', () => {
    expect(fr('La République et canton de Genève a signé un accord avec Lyon.', 'Genève')).toEqual(['République et canton de Genève']);
    expect(fr('Le maire a rencontré la République et Canton du Tessin mardi.', 'Tessin')).toEqual(['République et Canton du Tessin']);
  });

  it('does not make a body of a lower-case canton without "République et"', () => {
    expect(fr('Le canton de Genève accueille la rencontre.', 'Genève')).toEqual([]);
    expect(fr('La République et le canton de Genève sont cités.', 'Genève')).toEqual([]);
  });
});
