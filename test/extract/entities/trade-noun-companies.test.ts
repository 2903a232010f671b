import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a French trade noun in capitals before a proper name', () => {
  it('names the firm', () => {
    const text = 'La délégation a visité la Fonderie Malbrac, puis rencontré la Chaudronnerie Tessier et les Salaisons du Morvelin.';
    expect(namesOf(text, 'ORG')).toEqual(['Chaudronnerie Tessier', 'Fonderie Malbrac', 'Salaisons du Morvelin']);
  });

  it('leaves the trade noun in lower case, before no name, alone', () => {
    expect(namesOf('La délégation a visité une fonderie et une sucrerie de la région.', 'ORG')).toEqual([]);
  });
});

describe('an English trade noun closing a capitalized run', () => {
  it('names the firm', () => {
    expect(namesOf('Later that week, Osprey Ridge Cellars signed a supply agreement.', 'ORG', 'en')).toEqual(['Osprey Ridge Cellars']);
    expect(namesOf('Staff from the Kelby Vale Creamery joined them.', 'ORG', 'en')).toEqual(['Kelby Vale Creamery']);
  });

  it('reads no firm in a sector phrase', () => {
    expect(namesOf('The Canadian Creamery sector grew fast.', 'ORG', 'en')).toEqual([]);
  });
});
