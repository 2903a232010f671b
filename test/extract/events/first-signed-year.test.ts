import { describe, expect, it } from 'vitest';
import { agreements, dateFor, eventsFor } from './entities-for.js';

describe('a renewal told with the bare year its agreement was first signed', () => {
  it('tells "ont renouvelé leur accord d\'échanges, signé pour la première fois en septembre 2022" as two signings', () => {
    const text =
      "La Ville de Norvalle et la Commune d'Estamir ont signé une convention de coopération le 21 novembre. Lors du même séjour, le collège Brisson et le lycée Marceau ont renouvelé leur accord d'échanges linguistiques, signé pour la première fois en septembre 2022.";
    const out = agreements(
      eventsFor(
        text,
        [['ORG', 'Ville de Norvalle'], ["ORG", "Commune d'Estamir"], ['ORG', 'collège Brisson'], ['ORG', 'lycée Marceau']],
        [dateFor(text, '21 novembre', '--11-21'), dateFor(text, 'septembre 2022', '2022-09')],
      ),
    );
    expect(out).toHaveLength(3);
    expect(out[0]!.parties).toEqual(['Ville de Norvalle', "Commune d'Estamir"]);
    const exchanges = out.filter((e) => e.kind === "accord d'échanges linguistiques");
    expect(exchanges.some((e) => e.date === '2022-09')).toBe(true);
    expect(exchanges.some((e) => e.date !== '2022-09')).toBe(true);
  });

  it('only recalls the bare year when the renewal tells a day of its own', () => {
    const text = 'On 11 November, Brennock College and Quillen University renewed their student exchange agreement, first signed in 2017.';
    const out = agreements(
      eventsFor(text, [['ORG', 'Brennock College'], ['ORG', 'Quillen University']], [dateFor(text, '11 November', '--11-11'), dateFor(text, '2017', '2017')], 'en'),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ date: '--11-11' });
  });

  it('reads a bare year as only recalled when the renewal names one side', () => {
    const text = 'On 11 November, Brennock College renewed its student exchange agreement, first signed in 2017.';
    const out = agreements(eventsFor(text, [['ORG', 'Brennock College']], [dateFor(text, '11 November', '--11-11'), dateFor(text, '2017', '2017')], 'en'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ date: '--11-11' });
  });
});
