import { describe, expect, it } from 'vitest';
import { sideCount } from '../../../src/extract/events/same-party.js';
import type { ExtractedEntity } from '../../../src/extract/types.js';
import { agreementFor } from './entities-for.js';

const ENTITIES = [
  ['ORG', 'Ville de Valbrune'],
  ['ORG', 'Ville de Corvanne'],
  ['ORG', 'conseil municipal de Corvanne'],
  ['PLACE', 'Corvanne'],
] as const;

describe('a council that approved a plan, then the plan "entre la Ville de A et la Ville de B"', () => {
  it('counts the town’s council and its Ville as one side, so the later sentence adds the other town', () => {
    const text =
      "VILLE DE VALBRUNE\n\nRÉSOLUTION 2026-14\nObjet : Protocole d'amitié avec la Ville de Corvanne – autorisation de signature\n\n" +
      "ATTENDU QUE le conseil municipal de Corvanne a validé le texte du protocole le 3 février 2026 ;\n\n" +
      "QUE le conseil approuve le projet de protocole d'amitié entre la Ville de Valbrune et la Ville de Corvanne, tel que déposé ;\n";
    expect(agreementFor(text, ENTITIES)?.parties).toEqual(expect.arrayContaining(['Ville de Valbrune', 'Ville de Corvanne']));
  });
});

describe('sideCount', () => {
  const org = (name: string): ExtractedEntity => ({ type: 'ORG', name, aliases: [], confidence: 1, mentions: [] });
  it('counts a town’s Ville and its council once, in French and in English', () => {
    expect(sideCount([org('Ville de Corvanne'), org('conseil municipal de Corvanne')])).toBe(1);
    expect(sideCount([org('City of Dunmere'), org('Dunmere City Council')])).toBe(1);
  });

  it('counts the bodies of two towns, or a town’s body and another body, as two', () => {
    expect(sideCount([org('Ville de Corvanne'), org('conseil municipal de Valbrune')])).toBe(2);
    expect(sideCount([org('Ville de Corvanne'), org('Université de Corvanne')])).toBe(2);
  });

  it('counts a town’s body and its state’s, region’s or county’s government as two', () => {
    expect(sideCount([org('Gouvernement de Corvanne'), org('Ville de Corvanne')])).toBe(2);
    expect(sideCount([org('Région de Corvanne'), org('Mairie de Corvanne')])).toBe(2);
    expect(sideCount([org('County of Dunmere'), org('City of Dunmere')])).toBe(2);
    expect(sideCount([org('Dunmere State Government'), org('Dunmere City Council')])).toBe(2);
  });

  it('still counts a town’s Mairie and its commune once', () => {
    expect(sideCount([org('Mairie de Corvanne'), org('Commune de Corvanne')])).toBe(1);
    expect(sideCount([org('Town of Dunmere'), org('Dunmere Town Hall')])).toBe(1);
  });
});
