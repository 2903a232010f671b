import { describe, expect, it } from 'vitest';
import { ENTITY_CHUNK_CHARS, MAX_ENTITY_CHARS, extractNamedEntities } from '../../../src/extract/entities/extract-named-entities.js';
import { findNamedEntities } from '../../../src/extract/entities/find-named-entities.js';
import { findPlaces } from '../../../src/extract/places/find-places.js';

// Generous bounds for a shared, loaded machine; catastrophic backtracking would take
// seconds to minutes on these inputs.
function timed(text: string): { ms: number; count: number } {
  const t0 = performance.now();
  const count = findNamedEntities(text, 'fr', []).length;
  return { ms: performance.now() - t0, count };
}

describe('entities: hostile inputs end in bounded time', () => {
  it('handles a 1 MB single line of prose', () => {
    const sentence = 'Le Centre de recherche de la Ville de Québec (CRVQ) et M. Paul Roy, directeur du CRVQ, ont signé ';
    const { ms, count } = timed(sentence.repeat(Math.ceil(1_000_000 / sentence.length)));
    expect(count).toBeGreaterThan(0);
    expect(ms).toBeLessThan(15_000);
  });

  it('handles a 1 MB text of thousands of distinct names (grouping stays linear)', () => {
    const heads = ['Ville', 'Centre', 'Institut', 'Agence'];
    const parts: string[] = [];
    for (let n = 0; parts.length * 90 < 1_000_000; n++) parts.push(`La ${heads[n % 4]} de Zorg${n} (ZG${n % 97}) et M. Paul Kx${n} du ministère des Affaires Qx${n}. `);
    const { ms, count } = timed(parts.join(''));
    expect(count).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(15_000);
  });

  it('handles 5,000 spaces, only punctuation, only capitals and no text', () => {
    for (const text of [' '.repeat(5000), '.,;:!?«»()[]—'.repeat(2000), 'ABC DEF GHI '.repeat(20_000), 'MONSIEUR LE MAIRE '.repeat(5000), '']) {
      const { ms } = timed(text);
      expect(ms).toBeLessThan(5_000);
    }
  });

  it('handles one huge word, a long run of capitalized words and repeated parentheses', () => {
    for (const text of ['a'.repeat(200_000), 'Grand '.repeat(50_000), '(ABC) '.repeat(30_000), 'de la '.repeat(50_000) + 'Ville']) {
      const { ms } = timed(text);
      expect(ms).toBeLessThan(5_000);
    }
  });

  it('keeps mentions inside the text bounds', () => {
    const text = 'Mme Inès Benali, présidente de la Fédération des Coopératives du Nord (FCN).';
    for (const e of findNamedEntities(text, 'fr', []))
      for (const m of e.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
      }
  });
});

describe('extractNamedEntities on long texts (read in chunks)', () => {
  it('finds the same entities with true offsets past the first chunk, merged by name', () => {
    const filler = 'Le comité a tenu une réunion ordinaire sans décision particulière ce jour-là. '.repeat(400);
    const sentence = 'La Ville de Rimouski a reçu Mme Claire Tremblay à Rimouski. ';
    const text = `${sentence}${filler}${sentence}${filler}`;
    expect(text.length).toBeGreaterThan(2 * ENTITY_CHUNK_CHARS);
    const entities = extractNamedEntities(text, 'fr');
    const org = entities.find((e) => e.type === 'ORG' && e.name === 'Ville de Rimouski');
    expect(org?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Ville de Rimouski', 'Ville de Rimouski']);
    expect(org?.mentions[1]!.start).toBe(sentence.length + filler.length + 3);
    expect(entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['Claire Tremblay']);
  });

  it('gives an article below the chunk size the same result as reading it whole', () => {
    const text = 'La Ville de Rimouski et la Communauté d’agglomération de Tulle ont signé une entente. '.repeat(50);
    expect(text.length).toBeLessThan(ENTITY_CHUNK_CHARS);
    expect(extractNamedEntities(text, 'fr')).toEqual(findNamedEntities(text, 'fr', findPlaces(text, 'fr')));
  });

  it('reads at most MAX_ENTITY_CHARS of a dump', () => {
    const text = `${'x '.repeat(MAX_ENTITY_CHARS / 2)}La Ville de Rimouski a signé.`;
    expect(extractNamedEntities(text, 'fr')).toEqual([]);
  });
});
