import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a lower-case "commune de A" as a side', () => {
  it('stays the commune when it signs beside a named body', () => {
    const text = 'La commune de Kaya et la Ville de Namur ont signé mardi une convention de coopération décentralisée.';
    const [e] = eventsFor(text, [['ORG', 'commune de Kaya'], ['ORG', 'Ville de Namur'], ['PLACE', 'Kaya'], ['PLACE', 'Namur']]);
    expect(e?.parties).toEqual(['commune de Kaya', 'Ville de Namur']);
  });

  it('names the town when both sides are described so', () => {
    const text = 'La commune de Kaya et la commune de Dinant ont signé mardi une charte de jumelage.';
    const [e] = eventsFor(text, [['ORG', 'commune de Kaya'], ['ORG', 'commune de Dinant'], ['PLACE', 'Kaya'], ['PLACE', 'Dinant']]);
    expect(e?.parties).toEqual(['Kaya', 'Dinant']);
  });
});
