import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const story = (opening: string): string =>
  `Tulle et Limoges signent un pacte d'amitié

La Ville de Tulle et la Ville de Limoges ont signé le jeudi 7 mai 2026 un pacte d'amitié. La cérémonie s'est tenue au musée Labenche, à Brive.

Le pacte couronne la visite d'une délégation limougeaude de dix personnes, présente à Tulle du 5 au 9 mai.

${opening}, le lycée Cabanis et le lycée Edmond-Perrier ont signé une convention d'échanges.`;

const schools = (text: string) => extract(text).events.find((e) => e.type === 'agreement' && e.parties.some((p) => p.includes('Cabanis')));

describe('a signing at the same ceremony as one whose place a later sentence tells', () => {
  it('takes the ceremony’s place, not the trip’s town', () => {
    expect(schools(story('Sous le même toit'))?.place).toBe('Brive');
  });

  it('does not take it when told on another occasion', () => {
    expect(schools(story('En mars 2025'))?.place).not.toBe('Brive');
  });
});
