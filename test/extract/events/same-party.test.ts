import { describe, expect, it } from 'vitest';
import { sameParty, unionParties } from '../../../src/extract/events/same-party.js';
import type { EntityType, ExtractedEntity } from '../../../src/extract/types.js';

const e = (type: EntityType, name: string): ExtractedEntity => ({ type, name, confidence: 1, mentions: [{ start: 0, end: 1 }] });

describe('sameParty', () => {
  it('joins a body and its territory', () => {
    expect(sameParty(e('ORG', 'Ville de Lorient'), e('PLACE', 'Lorient'))).toBe(true);
    expect(sameParty(e('PLACE', 'Normandie'), e('ORG', 'Région Normandie'))).toBe(true);
    expect(sameParty(e('ORG', 'City of Campbellton'), e('PLACE', 'Campbellton'))).toBe(true);
    expect(sameParty(e('ORG', 'Gouvernement du Québec'), e('PLACE', 'Québec'))).toBe(true);
  });

  it('joins an Italian, Spanish or Portuguese town body and its town', () => {
    expect(sameParty(e('ORG', 'Comune di Pisa'), e('PLACE', 'Pisa'))).toBe(true);
    expect(sameParty(e('ORG', 'Ayuntamiento de Toledo'), e('PLACE', 'Toledo'))).toBe(true);
    expect(sameParty(e('ORG', 'Università di Pisa'), e('PLACE', 'Pisa'))).toBe(false);
  });

  it('keeps apart bodies that merely sit in a place', () => {
    expect(sameParty(e('ORG', 'Délégation du Québec à Séoul'), e('PLACE', 'Séoul'))).toBe(false);
    expect(sameParty(e('ORG', 'conseil local de santé mentale de Bouaké'), e('PLACE', 'Bouaké'))).toBe(false);
    expect(sameParty(e('ORG', 'Université de Liège'), e('PLACE', 'Liège'))).toBe(false);
    expect(sameParty(e('PERSON', 'Paul Lorient'), e('PLACE', 'Lorient'))).toBe(false);
  });

  it('lets the body replace its territory in a party list', () => {
    const names = unionParties([e('PLACE', 'Rimouski'), e('PLACE', 'Tulle')], [e('ORG', 'Ville de Rimouski')]).map((x) => x.name);
    expect(names).toEqual(['Ville de Rimouski', 'Tulle']);
  });
});
