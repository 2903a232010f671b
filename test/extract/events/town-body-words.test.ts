import { describe, expect, it } from 'vitest';
import { isTownBody } from '../../../src/extract/events/pair-anaphor.js';
import { sameParty, sideCount } from '../../../src/extract/events/same-party.js';
import type { EntityType, ExtractedEntity } from '../../../src/extract/types.js';

const e = (type: EntityType, name: string): ExtractedEntity => ({ type, name, confidence: 1, mentions: [{ start: 0, end: 1 }] });

describe("a town's own body, from the shared heads", () => {
  it('reads a Portuguese câmara municipal as a town body where its name is capitalized', () => {
    expect(isTownBody(e('ORG', 'Câmara Municipal de Orvanne'))).toBe(true);
    expect(isTownBody(e('ORG', 'câmara municipal de Orvanne'))).toBe(false);
  });

  it('joins an urban commune, a communal council or a municipalidad and its town', () => {
    expect(sameParty(e('ORG', 'Commune urbaine de Vellorac'), e('PLACE', 'Vellorac'))).toBe(true);
    expect(sameParty(e('ORG', 'Conseil communal de Tamerzit'), e('PLACE', 'Tamerzit'))).toBe(true);
    expect(sameParty(e('ORG', 'Municipalidad de Quenchal'), e('PLACE', 'Quenchal'))).toBe(true);
  });

  it("counts a town's commune and its communal council as one side", () => {
    expect(sideCount([e('ORG', 'Commune de Tamerzit'), e('ORG', 'Conseil communal de Tamerzit')])).toBe(1);
  });

  it('keeps apart a body that only sits in the town', () => {
    expect(sameParty(e('ORG', 'Lycée communal de Vellorac'), e('PLACE', 'Vellorac'))).toBe(false);
    expect(sameParty(e('ORG', 'Conseil communal de la jeunesse de Tamerzit'), e('PLACE', 'Tamerzit'))).toBe(false);
  });
});
