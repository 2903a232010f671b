import { describe, expect, it } from 'vitest';
import { dateFor, missionsFor } from './entities-for.js';

describe('"une mission de la Commune de X" led by someone', () => {
  it('is a trip, not the body’s mandate', () => {
    const fr =
      "Le protocole sera signé à Bescatel en mai 2031, lors d'une mission de la Commune de Lorval conduite par la conseillère communale Anne Brisson.";
    const trips = missionsFor(fr, [['ORG', 'Commune de Lorval'], ['PLACE', 'Bescatel'], ['PERSON', 'Anne Brisson']], [dateFor(fr, 'mai 2031', '2031-05')]);
    expect(trips).toHaveLength(1);
    expect(trips[0]).toMatchObject({ parties: ['Commune de Lorval', 'Bescatel'], signatories: ['Anne Brisson'], date: '2031-05' });
  });

  it('stays a mandate when no one leads it', () => {
    const fr = 'La maire a rappelé la mission de la Commune de Lorval auprès des associations de Bescatel, conduite depuis 2019.';
    expect(missionsFor(fr, [['ORG', 'Commune de Lorval'], ['PLACE', 'Bescatel']])).toHaveLength(0);
  });
});
