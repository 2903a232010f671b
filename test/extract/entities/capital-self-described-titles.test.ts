import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a masthead in capitals that describes itself after its dash', () => {
  it('reads the title before "— L\'hebdomadaire …" and "– le balado …" as the outlet', () => {
    expect(namesOf("MARCHÉS BRELLAND — L'hebdomadaire des artisans\n\nLe conseil a siégé lundi.", 'ORG')).toEqual(['MARCHÉS BRELLAND']);
    expect(namesOf('VOIX KORVANES – le balado des riverains\n\nLe conseil a siégé lundi.', 'ORG')).toEqual(['VOIX KORVANES']);
  });

  it('takes a capitalized description after a title in capitals', () => {
    expect(namesOf("LES NOUVELLES KORVANES – Hebdomadaire du Nord\n\nLe conseil a siégé lundi.", 'ORG')).toEqual(['LES NOUVELLES KORVANES']);
  });

  it('leaves a release label with a daily description alone', () => {
    expect(namesOf('NEWS RELEASE – Daily update\n\nThe council met on Monday.', 'ORG', 'en')).toEqual([]);
  });
});
