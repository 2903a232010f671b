import { describe, expect, it } from 'vitest';
import { isTownBody } from '../../../src/extract/events/pair-anaphor.js';
import type { EntityType, ExtractedEntity } from '../../../src/extract/types.js';

const e = (type: EntityType, name: string): ExtractedEntity => ({ type, name, confidence: 1, mentions: [{ start: 0, end: 1 }] });

describe("a town's own body, from the shared heads", () => {
  it('reads a Portuguese câmara municipal as a town body where its name is capitalized', () => {
    expect(isTownBody(e('ORG', 'Câmara Municipal de Orvanne'))).toBe(true);
    expect(isTownBody(e('ORG', 'câmara municipal de Orvanne'))).toBe(false);
  });
});
