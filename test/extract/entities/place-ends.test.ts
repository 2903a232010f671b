import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const orgs = (text: string): string[] => extract(text).entities.filter((e) => e.type === 'ORG').map((e) => e.name);

describe('ORG names end where the region they name ends', () => {
  it('runs a body named after a region through the region’s "de"', () => {
    expect(orgs('La Région Provence-Alpes-Côte d’Azur et la Région Centre-Val de Loire financent le projet.')).toContain('Région Centre-Val de Loire');
  });
});
