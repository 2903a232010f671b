import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a masthead in capitals that describes itself after its dash', () => {
  it('reads the title before "— L\'hebdomadaire …" and "– le balado …" as the outlet', () => {
    expect(namesOf("ÉCO BRELLAND — L'hebdomadaire des entreprises\n\nLe conseil a siégé lundi.", 'ORG')).toEqual(['ÉCO BRELLAND']);
    expect(namesOf('ONDES KORVANES – le balado des francophonies\n\nLe conseil a siégé lundi.', 'ORG')).toEqual(['ONDES KORVANES']);
  });

  it('takes a capitalized description after a title in capitals', () => {
    expect(namesOf("LES AFFAIRES KORVANES – Hebdomadaire économique de l'Est\n\nLe conseil a siégé lundi.", 'ORG')).toEqual(['LES AFFAIRES KORVANES']);
  });

  it('leaves a release label with a daily description alone', () => {
    expect(namesOf('NEWS RELEASE – Daily update\n\nThe council met on Monday.', 'ORG', 'en')).toEqual([]);
  });
});
