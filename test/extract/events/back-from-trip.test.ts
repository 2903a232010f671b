import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

describe('a delegation back from a place, the day between', () => {
  it('takes "la délégation de X rentrée mercredi de Y" as a trip', () => {
    const text = "La délégation de Vernelles rentrée mercredi de Calderton n'est pas revenue les mains vides.";
    expect(missionFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Calderton']])?.parties).toEqual(['Vernelles', 'Calderton']);
  });

  it('takes no school year ("la rentrée scolaire de Y") for a return', () => {
    const text = 'La délégation de Vernelles prépare la rentrée scolaire de Calderton.';
    expect(missionFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Calderton']])).toBeUndefined();
  });
});

describe('the stay that dates a trip places it', () => {
  it('takes the place of "Elle a séjourné dans le Pays de X du 9 au 11 novembre" over the region it came back from', () => {
    const text =
      "La délégation de Vernelles rentrée mercredi de Bretagne n'est pas revenue les mains vides. Conduite par la maire, elle a séjourné dans le Pays de Calder du 9 au 11 novembre.";
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Bretagne'], ['PLACE', 'Pays de Calder']], [dateFor(text, 'du 9 au 11 novembre', '2026-11-09/2026-11-11')]);
    expect(trip?.date).toBe('2026-11-09/2026-11-11');
    expect(trip?.place).toBe('Pays de Calder');
  });

  it('takes no place named before the stay verb', () => {
    const text =
      "La délégation de Vernelles rentrée mercredi de Bretagne n'est pas revenue les mains vides. Ses membres, venus du Pays de Calder, ont séjourné du 9 au 11 novembre.";
    const trip = missionFor(text, [['PLACE', 'Vernelles'], ['PLACE', 'Bretagne'], ['PLACE', 'Pays de Calder']], [dateFor(text, 'du 9 au 11 novembre', '2026-11-09/2026-11-11')]);
    expect(trip?.place).toBe('Bretagne');
  });
});
