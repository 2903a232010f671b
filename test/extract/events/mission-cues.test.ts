import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('what makes a clause name a trip', () => {
  it('keeps the qualified noun of a group: "une mission commerciale … que la délégation finistérienne a effectuée"', () => {
    const text = "Le forum a clos une mission commerciale de trois jours que la délégation finistérienne, conduite par Mme Anne Le Goff, a effectuée sur la Riviera.";
    const out = eventsFor(text, [['PERSON', 'Anne Le Goff'], ['PLACE', 'Riviera']]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'mission', kind: 'mission commerciale' });
  });
});
