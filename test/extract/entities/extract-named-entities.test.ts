import { describe, expect, it } from 'vitest';
import { extractNamedEntities } from '../../../src/extract/entities/extract-named-entities.js';

const byType = (text: string, language: 'fr' | 'en' = 'fr') => {
  const entities = extractNamedEntities(text, language);
  return (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);
};

describe('extractNamedEntities with the gazetteer', () => {
  it('lists a municipality once as a body and once as a place', () => {
    const names = byType('La Ville de Rimouski signera une entente. Rimouski accueillera la délégation en mai.');
    expect(names('ORG')).toContain('Ville de Rimouski');
    expect(names('PLACE')).toContain('Rimouski');
  });

  it('drops a place that is the surname of a person', () => {
    const names = byType('Le maire Philippe Angers a salué la mission, comme Mme Nadia Rennes.');
    expect(names('PERSON')).toEqual(expect.arrayContaining(['Philippe Angers', 'Nadia Rennes']));
    expect(names('PLACE')).not.toContain('Angers');
    expect(names('PLACE')).not.toContain('Rennes');
  });

  it('does not take a city after a role noun for a surname', () => {
    const names = byType('La délégation a rencontré le maire Bordeaux puis visité le port.');
    expect(names('PERSON')).toEqual([]);
  });

  it('keeps every entity once with mentions in text order and a confidence', () => {
    const text = 'Gov. Maya Lindqvist of Vermont met the Vermont Trade Council. Lindqvist praised the Council.';
    const entities = extractNamedEntities(text, 'en');
    const names = entities.map((e) => `${e.type}:${e.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const e of entities) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      const starts = e.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
    expect(entities.find((e) => e.name === 'Maya Lindqvist')?.mentions).toHaveLength(2);
  });
});
