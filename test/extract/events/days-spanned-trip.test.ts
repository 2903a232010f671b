import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('a trip noun dated by its days', () => {
  it('tells "le point d’orgue d’une mission de deux jours, les 16 et 17 novembre" as a trip', () => {
    const text =
      "La Ville de Norvalle et la Commune d'Estamir ont signé une convention le 17 novembre à Estamir. Cette signature était le point d'orgue d'une mission de deux jours, les 16 et 17 novembre, conduite par le maire de Norvalle, Paul Arnoux.";
    const out = eventsFor(
      text,
      [['ORG', 'Ville de Norvalle'], ["ORG", "Commune d'Estamir"], ['PLACE', 'Estamir'], ['PLACE', 'Norvalle'], ['PERSON', 'Paul Arnoux']],
      [dateFor(text, '17 novembre', '--11-17'), dateFor(text, '16 et 17 novembre', '--11-16/--11-17')],
    );
    const trip = out.find((e) => e.type === 'mission');
    expect(trip).toMatchObject({ date: '--11-16/--11-17' });
  });

  it('does not start a second trip at "Partie de X pour un séjour du 7 au 13 novembre, la délégation …"', () => {
    const text =
      "Une mission d'affaires de six jours à Estamir a permis de signer deux ententes. Partie de Norvalle pour un séjour du 7 au 13 novembre, la délégation de la Ville de Norvalle est rentrée avec un protocole.";
    const out = eventsFor(
      text,
      [['PLACE', 'Estamir'], ['PLACE', 'Norvalle'], ['ORG', 'Ville de Norvalle']],
      [dateFor(text, '7 au 13 novembre', '--11-07/--11-13')],
    );
    expect(out.filter((e) => e.type === 'mission')).toHaveLength(1);
  });

  it('does not make a trip of a definite noun with a span of years ("la mission de l’agence, de 2024 à 2028")', () => {
    const text = "La mission de l'Agence de Norvalle, de 2024 à 2028, est d'aider les entreprises d'Estamir.";
    const out = eventsFor(text, [['ORG', 'Agence de Norvalle'], ['PLACE', 'Estamir']], [dateFor(text, '2024 à 2028', '2024/2028')]);
    expect(out.filter((e) => e.type === 'mission')).toHaveLength(0);
  });
});
