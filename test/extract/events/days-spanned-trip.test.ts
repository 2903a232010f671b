import { describe, expect, it } from 'vitest';
import { dateFor, missionFor, missionsFor } from './entities-for.js';

describe('a trip noun dated by its days', () => {
  it('tells "La signature a clos une mission de trois jours, du 4 au 6 mars, conduite par X" as a trip', () => {
    const text =
      "La Ville de Norvalle et la Commune d'Estamir ont signé une convention le 6 mars à Estamir. La signature a clos une mission de trois jours, du 4 au 6 mars, conduite par le maire de Norvalle, Paul Arnoux.";
    const trip = missionFor(
      text,
      [['ORG', 'Ville de Norvalle'], ["ORG", "Commune d'Estamir"], ['PLACE', 'Estamir'], ['PLACE', 'Norvalle'], ['PERSON', 'Paul Arnoux']],
      [dateFor(text, '6 mars', '--03-06'), dateFor(text, 'du 4 au 6 mars', '--03-04/--03-06')],
    );
    expect(trip).toMatchObject({ date: '--03-04/--03-06' });
  });

  it('does not start a second trip at "Arrivée à X pour un séjour du 2 au 6 mai, la délégation …"', () => {
    const text =
      "Une mission commerciale à Estamir a donné deux accords. Arrivée à Estamir pour un séjour du 2 au 6 mai, la délégation de la Ville de Norvalle y a rencontré une trentaine d'entreprises.";
    expect(missionsFor(
      text,
      [['PLACE', 'Estamir'], ['PLACE', 'Norvalle'], ['ORG', 'Ville de Norvalle']],
      [dateFor(text, 'du 2 au 6 mai', '--05-02/--05-06')],
    )).toHaveLength(1);
  });

  it('does not make a trip of a definite noun with a span of years ("la mission de l’agence, de 2024 à 2028")', () => {
    const text = "La mission de l'Agence de Norvalle, de 2024 à 2028, est d'aider les entreprises d'Estamir.";
    expect(missionsFor(text, [['ORG', 'Agence de Norvalle'], ['PLACE', 'Estamir']], [dateFor(text, '2024 à 2028', '2024/2028')])).toHaveLength(0);
  });
});
