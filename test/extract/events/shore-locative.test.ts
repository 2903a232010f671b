import { describe, expect, it } from 'vitest';
import { missionFor, type Spec } from './entities-for.js';

const specs: Spec[] = [['PLACE', 'MORVELLE', 'Morvelle'], ['ORG', 'Ville de Morvelle'], ['PLACE', 'Côte-Brune']];

describe('a coast or a shore after "sur"', () => {
  it('is where a trip stayed ("a séjourné sur la Côte-Brune")', () => {
    const text = 'MORVELLE – Une délégation de la Ville de Morvelle a séjourné sur la Côte-Brune du 14 au 18 septembre.';
    expect(missionFor(text, specs)?.place).toBe('Côte-Brune');
  });

  it('is no place of the trip when it only says where the travellers come from', () => {
    const text = 'MORVELLE – Une délégation de la Ville de Morvelle, partie de la Côte-Brune, a séjourné à Brandois du 14 au 18 septembre.';
    expect(missionFor(text, [...specs, ['PLACE', 'Brandois']])?.place).toBe('Brandois');
  });
});
