import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('Dutch, Polish and Indonesian heads quoted untranslated', () => {
  it('reads "Universitas X", "Gemeente X", "Uniwersytet X" as bodies', () => {
    expect(namesOf('Students of Universitas Gadjah Mada visited the port.', 'ORG', 'en')).toEqual(['Universitas Gadjah Mada']);
    expect(namesOf('The letter was sent to Gemeente Zwolle last week.', 'ORG', 'en')).toEqual(['Gemeente Zwolle']);
    expect(namesOf('A delegation from Uniwersytet Gdański visited Lyon.', 'ORG', 'en')).toEqual(['Uniwersytet Gdański']);
  });

  it('splits an English body from a foreign-headed one after "and"', () => {
    expect(namesOf('The University of Otago and Universidad de Temuco signed a letter.', 'ORG', 'en')).toEqual(['Universidad de Temuco', 'University of Otago']);
  });

  it('does not read a lower-case or bare head as a body', () => {
    expect(namesOf('The gemeente and the provincie were both mentioned.', 'ORG', 'en')).toEqual([]);
    expect(namesOf('Universitas was the word on the banner.', 'ORG', 'en')).toEqual([]);
  });
});
