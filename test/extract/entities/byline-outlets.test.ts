import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

const body = '\n\nLa Ville de Rimouski a signé mardi une entente avec la Ville de Gaspé.\n';
const enBody = '\n\nThe Town of Bellmoor signed a friendship agreement with Kerrow on Monday.\n';

describe('the paper a byline credits between its author and its date', () => {
  it('reads a newspaper title after the author, closed by a date or "Publié"', () => {
    expect(namesOf(`Deux villes signent\n\nPar Anne Roy, Le Courrier du Bassin – 3 mai 2025${body}`, 'ORG')).toContain('Le Courrier du Bassin');
    expect(namesOf(`Deux villes signent\n\nPar Anne Roy | Kerrow Info | Publié le 3 mai 2025${body}`, 'ORG')).toContain('Kerrow Info');
    expect(namesOf(`Two towns sign\n\nBy Ann Roy | The Upland Ledger | Nov. 3, 2025${enBody}`, 'ORG', 'en')).toContain('The Upland Ledger');
  });

  it('leaves the author\'s role alone, and a title no date closes', () => {
    const role = namesOf(`Two towns sign\n\nBy Ann Roy, Harbour Reporter\n\nNov. 3, 2025${enBody}`, 'ORG', 'en');
    expect(role.filter((n) => n.includes('Reporter'))).toEqual([]);
    const open = namesOf(`Two towns sign\n\nBy Ann Roy | The Upland Ledger | Opinion${enBody}`, 'ORG', 'en');
    expect(open).not.toContain('The Upland Ledger');
  });
});

describe('more masthead and credit shapes', () => {
  it('reads two newspaper words in a row and "of the" inside a title', () => {
    expect(namesOf(`Kerrow Info Hebdo – Publié le 3 mai 2025${body}`, 'ORG')).toContain('Kerrow Info Hebdo');
    expect(namesOf(`Voice of the Upland Times\n\nTwo towns sign${enBody}`, 'ORG', 'en')).toContain('Voice of the Upland Times');
  });

  it('reads a dateline credit closed by a lower-case adjective', () => {
    expect(namesOf(`Deux villes signent\n\nRimouski, le 3 mai 2025 (Le Courrier bassien) – La Ville de Rimouski a signé.\n`, 'ORG')).toContain('Le Courrier bassien');
  });

  it('still reads a capitalized word after the newspaper word as another name', () => {
    expect(namesOf(`Press Release\n\nRising Star Award | Winners${enBody}`, 'ORG', 'en').filter((n) => n.includes('Star'))).toEqual([]);
  });
});
