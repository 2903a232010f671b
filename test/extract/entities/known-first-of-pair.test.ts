import { describe, expect, it } from 'vitest';
import { namesOf, placeAt } from './helpers.js';

describe('a span whose first body the text names alone elsewhere holds two names', () => {
  it('splits "l’Office de tourisme de Lamego et Turismo Douro Sul" when the office is named alone before', () => {
    const text = "L'Office de tourisme de Lamego organise des visites. Le lendemain, l'Office de tourisme de Lamego et Turismo Douro Sul ont paraphé un accord.";
    expect(namesOf(text, 'ORG', 'fr', [placeAt(text, 'Lamego')])).toEqual(['Office de tourisme de Lamego', 'Turismo Douro Sul']);
  });

  it('keeps one name when a single word follows the coordinator ("College of Agriculture and Bioresources")', () => {
    const text = 'The College of Agriculture welcomed students. The dean of the College of Agriculture and Bioresources signed a memorandum.';
    expect(namesOf(text, 'ORG', 'en')).toContain('College of Agriculture and Bioresources');
  });
});
