import { describe, expect, it } from 'vitest';
import { placeRank, seedWordedRegions } from '../../../src/extract/events/place-rank.js';
import type { ExtractedEntity } from '../../../src/extract/types.js';

const placeIn = (text: string, name: string): ExtractedEntity => {
  const start = text.indexOf(name);
  return { type: 'PLACE', name, aliases: [], confidence: 1, mentions: [{ start, end: start + name.length }] };
};

describe('a place the gazetteer does not know, after a bare "en"', () => {
  const text = 'Le festival se tient à Kervelen, en Morvandie, depuis 1990.';
  const town = placeIn(text, 'Kervelen');
  const region = placeIn(text, 'Morvandie');

  it('is a region for the document it was read in, a town after "à" is not', () => {
    seedWordedRegions(text, [town, region]);
    expect([placeRank(town), placeRank(region)]).toEqual([1, 2]);
  });

  it('is no region of the next document: the seeds last one document', () => {
    seedWordedRegions(text, [town, region]);
    const next = 'La foire de Morvandie ouvre lundi.';
    seedWordedRegions(next, [placeIn(next, 'Morvandie')]);
    expect(placeRank(region)).toBe(1);
  });
});
