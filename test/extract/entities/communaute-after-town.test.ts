import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('"Communauté" written after the town a grouping is named after', () => {
  it('reads the town and its trailing head as one body, and ends a body before "et" + such a name', () => {
    const text = 'Le protocole lie la MRC des Hautes-Terres et Pontlieu Communauté. Val-Sorel Communauté regroupe douze communes.';
    expect(namesOf(text, 'ORG')).toEqual(['MRC des Hautes-Terres', 'Pontlieu Communauté', 'Val-Sorel Communauté']);
  });

  it('still opens a name with "Communauté de communes"', () => {
    expect(namesOf('La Communauté de communes du Val de Sorel a signé lundi.', 'ORG')).toEqual(['Communauté de communes du Val de Sorel']);
  });
});
