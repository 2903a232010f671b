import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

describe('a trip told by its days, before any side is named', () => {
  it('starts a trip at "a delegation that was in the metro from 9 to 13 November", its sides read after', () => {
    const text =
      'The Lord Mayor led a delegation of 16 people that was in the metro from 9 to 13 November. It included researchers from the Brantwood Institute. The visitors were hosted by the Port of Calder.';
    const trip = missionFor(text, [['ORG', 'Brantwood Institute'], ['ORG', 'Port of Calder']], [dateFor(text, '9 to 13 November', '2026-11-09/2026-11-13')], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Brantwood Institute', 'Port of Calder']));
    expect(trip?.date).toBe('2026-11-09/2026-11-13');
  });

  it('starts none for delegations in general, dated or not', () => {
    const text =
      'Delegations were in the metro from 9 to 13 November. They included researchers from the Brantwood Institute. The visitors were hosted by the Port of Calder.';
    const trip = missionFor(text, [['ORG', 'Brantwood Institute'], ['ORG', 'Port of Calder']], [dateFor(text, '9 to 13 November', '2026-11-09/2026-11-13')], 'en');
    expect(trip).toBeUndefined();
  });
});

describe('a stay dated by its days names a trip', () => {
  it('takes "la délégation de X a séjourné dans la région du 14 au 18 septembre" as a trip', () => {
    const text = 'La délégation de Vernelles a séjourné dans la région du 14 au 18 septembre. Elle a visité des fermes.';
    const trip = missionFor(text, [['PLACE', 'Vernelles']], [dateFor(text, 'du 14 au 18 septembre', '2026-09-14/2026-09-18')]);
    expect(trip?.parties).toContain('Vernelles');
    expect(trip?.date).toBe('2026-09-14/2026-09-18');
  });

  it('takes no stay told by a month alone as one', () => {
    const text = 'La délégation de Vernelles a séjourné dans la région en septembre. Elle a visité des fermes.';
    expect(missionFor(text, [['PLACE', 'Vernelles']], [dateFor(text, 'septembre', '2026-09')])).toBeUndefined();
  });
});
