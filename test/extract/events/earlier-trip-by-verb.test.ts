import { describe, expect, it } from 'vitest';
import { dateFor, missionsFor } from './entities-for.js';

describe('a trip told by its verb during another trip', () => {
  const specs = [
    ['ORG', 'Arden City Council'],
    ['PLACE', 'Arden'],
    ['PLACE', 'Nordby'],
  ] as const;
  const trip = 'A delegation from Arden City Council was in Nordby from 19 to 23 October. ';

  it('is an earlier trip of its own when dated apart from the trip under way', () => {
    const en =
      trip +
      'It was also a chance to reconnect. Back in March 2024 a smaller Arden group visited Nordby for the first time, and the contacts made then with the Nordby Makers Federation paved the way.';
    const trips = missionsFor(en, [...specs, ['ORG', 'Nordby Makers Federation']], [dateFor(en, '19 to 23 October', '--10-19/--10-23'), dateFor(en, 'March 2024', '2024-03')], 'en');
    expect(trips.map((t) => t.date)).toEqual(['--10-19/--10-23', '2024-03']);
  });

  it('is a stop of the trip under way when dated within it', () => {
    const en = trip + 'The delegation then visited Vennes on 21 October.';
    const trips = missionsFor(en, [...specs, ['PLACE', 'Vennes']], [dateFor(en, '19 to 23 October', '--10-19/--10-23'), dateFor(en, '21 October', '--10-21')], 'en');
    expect(trips.map((t) => t.date)).toEqual(['--10-19/--10-23']);
  });

  it('reads "s\'était aussi rendue dans X", an adverb between the auxiliary and the verb, as a trip', () => {
    const fr = "En 2016 déjà, une délégation de Valbrise s'était aussi rendue dans le vieux quartier de Tornhavn.";
    const trips = missionsFor(fr, [['PLACE', 'Valbrise'], ['PLACE', 'Tornhavn']], [dateFor(fr, '2016', '2016')]);
    expect(trips.map((t) => t.date)).toEqual(['2016']);
  });

  it('keeps a trip noun with no verb of travel nor side told, "une délégation de vignerons en 2016", out', () => {
    const fr = "Avec Tornhavn, les contacts ne datent pas d'hier : il était question dès 2016 d'une délégation de vignerons.";
    expect(missionsFor(fr, [['PLACE', 'Tornhavn']], [dateFor(fr, '2016', '2016')])).toEqual([]);
  });
});
