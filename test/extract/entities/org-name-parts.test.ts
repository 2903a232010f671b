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
});
