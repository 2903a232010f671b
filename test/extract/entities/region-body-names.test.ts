import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a region body whose own name goes on with "de"', () => {
  it('keeps "de" and the one word after it', () => {
    const text = 'De même, la Région Haut-Val de Rance, qui a payé le voyage, ne signe pas.';
    expect(namesOf(text, 'ORG')).toEqual(['Région Haut-Val de Rance']);
  });

  it('keeps "de la" and the word after it', () => {
    const text = 'La Région Pays de la Rance a signé la convention.';
    expect(namesOf(text, 'ORG')).toEqual(['Région Pays de la Rance']);
  });

  it('leaves out a person named after "de"', () => {
    const text = 'La Région Armor de Maël Kerhervé a signé la convention.';
    expect(namesOf(text, 'ORG')).toEqual(['Région Armor']);
  });
});

describe('a region named first as a territory, then as a body', () => {
  it('names the body by its capitalized mention', () => {
    const text = 'Les élus, venus de la région Armor, ont signé. La Région Armor finance la mission.';
    expect(namesOf(text, 'ORG')).toEqual(['Région Armor']);
  });

  it('names no body when the region is only a territory', () => {
    const text = 'Les élus, venus de la région Armor, ont signé. Ils repartent lundi.';
    expect(namesOf(text, 'ORG')).toEqual([]);
  });
});
