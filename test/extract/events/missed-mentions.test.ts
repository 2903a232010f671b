import { describe, expect, it } from 'vitest';
import { missedMentions } from '../../../src/extract/events/missed-mentions.js';
import type { ExtractedEntity } from '../../../src/extract/types.js';

function entity(type: ExtractedEntity['type'], name: string, mentions: [number, number][], aliases: string[] = []): ExtractedEntity {
  return { type, name, aliases, confidence: 1, mentions: mentions.map(([start, end]) => ({ start, end })) };
}

describe('mentions the entity finder left out', () => {
  it('finds a word-bounded occurrence of a name that no mention covers', () => {
    const text = 'Cardiff University met in Cardiff; Cardiffians stayed home.';
    const place = entity('PLACE', 'Cardiff', []);
    const org = entity('ORG', 'Cardiff University', [[0, 18]]);
    const found = missedMentions(text, [place, org]);
    expect(found.map((f) => [f.entity.name, text.slice(f.span.start, f.span.end), f.span.start])).toEqual([['Cardiff', 'Cardiff', 26]]);
  });

  it('reads aliases, longer forms first', () => {
    const text = 'Signed by the UQAR rector. UQAR Foundation gave funds.';
    const uni = entity('ORG', 'Université du Québec à Rimouski', [], ['UQAR']);
    const fund = entity('ORG', 'UQAR Foundation', []);
    const found = missedMentions(text, [uni, fund]);
    expect(found.map((f) => f.entity.name).sort()).toEqual(['UQAR Foundation', 'Université du Québec à Rimouski']);
  });
});

describe('a company named again without its legal form', () => {
  it('finds "Quillon" for "Quillon inc." and "Ferral" for "Ferral SAS"', () => {
    const text = 'Quillon inc. and Ferral SAS signed. The CEO of Quillon and the head of Ferral spoke.';
    const a = entity('ORG', 'Quillon inc.', [[0, 12]]);
    const b = entity('ORG', 'Ferral SAS', [[17, 27]]);
    expect(missedMentions(text, [a, b]).map((f) => text.slice(f.span.start, f.span.end)).sort()).toEqual(['Ferral', 'Quillon']);
  });
});
