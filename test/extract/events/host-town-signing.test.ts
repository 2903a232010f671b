import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const story = (signingDay: string): string =>
  `Figeac et Lucca signent un pacte d'amitié

Une délégation conduite par le maire de Figeac, Paul Vernhes, a séjourné en Toscane du 10 au 14 mai 2026, à l'invitation de la Comune di Lucca.

Le mardi ${signingDay} mai 2026, sous le chapiteau de la fête des vins, la Ville de Figeac et la Comune di Lucca ont signé un pacte d'amitié.`;

describe('a signing at a venue with no town, on a day of a trip told in a region', () => {
  it('was signed in the town that received the trip, not the leader’s', () => {
    const signing = extract(story('12')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).toBe('Lucca');
  });

  it('is not placed in the host town when its day falls outside the trip', () => {
    const signing = extract(story('20')).events.find((e) => e.type === 'agreement');
    expect(signing?.place).not.toBe('Lucca');
  });
});
