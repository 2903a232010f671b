import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a diplomatic post named by its seat alone', () => {
  it('reads the consulate or embassy with its seat', () => {
    expect(namesOf("Ostrevik's Consulate General in Tarnholm organized a reception for the mission.", 'ORG', 'en')).toContain('Consulate General in Tarnholm');
  });

  it('keeps the sending country written as a possessive before the post', () => {
    const text = "Norvania's Embassy in Ostrelle sent its first secretary to the signing.";
    const places = [placeAt(text, 'Norvania'), placeAt(text, 'Ostrelle')];
    expect(namesOf(text, 'ORG', 'en', places)).toEqual(["Norvania's Embassy in Ostrelle"]);
  });

  it('leaves a possessive that names no place out of the post', () => {
    const text = "Brevik's Embassy in Ostrelle sent its first secretary to the signing.";
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Ostrelle')])).toEqual(['Embassy in Ostrelle']);
  });

  it('keeps the federal district written after the seat ("Washington, D.C.")', () => {
    const text = 'The Embassy of Norvania in Washington, D.C. hosted the signing.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Norvania'), placeAt(text, 'Washington')])).toEqual(['Embassy of Norvania in Washington, D.C']);
  });

  it('leaves a comma after the seat that opens another phrase', () => {
    const text = 'The Embassy of Norvania in Washington, Dan Brevik said, hosted the signing.';
    expect(namesOf(text, 'ORG', 'en', [placeAt(text, 'Norvania'), placeAt(text, 'Washington')])).toContain('Embassy of Norvania in Washington');
  });

  it('leaves a trade mission in a city alone', () => {
    expect(namesOf('The Trade Mission in Tarnholm ended on Friday.', 'ORG', 'en')).toEqual([]);
  });
});

describe('the Dutch "Stad" before a town', () => {
  it('names the city as a body', () => {
    expect(namesOf('La Ville de Lorval et la Stad Tarnholm préparent une entente-cadre.', 'ORG')).toContain('Stad Tarnholm');
  });

  it('needs a name after it', () => {
    expect(namesOf('La Ville de Lorval et la Stad préparent une entente-cadre.', 'ORG')).toEqual(['Ville de Lorval']);
  });
});
