import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const people = (text: string): string[] => namesOf(text, 'PERSON', 'fr');

describe('people: later mentions by a two-word family name', () => {
  it('joins "M. Ben X" to the one full name it ends', () => {
    expect(people('Le texte a été signé par le directeur général, Karim Ben Youssef, hier. « Bien », a déclaré M. Ben Youssef.')).toEqual(['Karim Ben Youssef']);
  });

  it('does not join a family name that two full names end', () => {
    expect(people('Le maire, Ana Ruiz Soto, et le préfet, Luis Ruiz Soto, sont venus. Mme Ruiz Soto a parlé.')).toEqual(['Ana Ruiz Soto', 'Luis Ruiz Soto', 'Ruiz Soto']);
  });
});
