import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a person whose name is only a part of a body’s name', () => {
  it('is the patron or place the body is named after, not a person', () => {
    const text = 'Les étudiants de la Harold Tembe University ont rencontré ceux de Lisvane. Harold Tembe a été évoqué lors de la visite.';
    expect(namesOf(text, 'PERSON', 'fr')).toEqual([]);
  });

  it('stays a person when a title introduces one of the mentions', () => {
    const text = 'Les étudiants de la Harold Tembe University ont rencontré M. Harold Tembe, qui a fondé le campus.';
    expect(namesOf(text, 'PERSON', 'fr')).toEqual(['Harold Tembe']);
  });

  it('stays a person when a role follows one of the mentions', () => {
    const text = "La Fondation Odile Mervan a signé une convention avec la commune. Odile Mervan, présidente de la fondation, s'est réjouie de l'accord.";
    expect(namesOf(text, 'PERSON', 'fr')).toEqual(['Odile Mervan']);
  });

  it('stays a person when a verb of saying follows one of the mentions', () => {
    const text = 'The Tobias Renwick Foundation signed a grant agreement with the town. Tobias Renwick said the money would fund two classrooms.';
    expect(namesOf(text, 'PERSON', 'en')).toEqual(['Tobias Renwick']);
  });

  it('is still the patron when the words after the mention are no role', () => {
    const text = "La Fondation Odile Mervan a signé une convention avec la commune. Odile Mervan, la fondation créée en 1990, finance l'école.";
    expect(namesOf(text, 'PERSON', 'fr')).toEqual([]);
  });
});
