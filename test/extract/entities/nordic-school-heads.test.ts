import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a Nordic school named after its town, head last', () => {
  it('reads the head after a lower-case kind or genitive', () => {
    expect(namesOf('Le lycée de Lorval et le Brønnøy videregående skole ont signé une entente.', 'ORG')).toContain('Brønnøy videregående skole');
    expect(namesOf('Le lycée de Lorval et le Rauman normaalikoulun lukio ont signé une entente.', 'ORG')).toContain('Rauman normaalikoulun lukio');
  });

  it('reads a gymnasium after its town, in lower case or capitalized', () => {
    expect(namesOf('Two teachers from Vesterholm gymnasium joined the delegation.', 'ORG', 'en')).toContain('Vesterholm gymnasium');
    expect(namesOf('Le lycée de Lorval et le Vesterholm Gymnasium ont signé une convention.', 'ORG')).toContain('Vesterholm Gymnasium');
  });

  it('leaves "a Town Gymnasium" and a common noun before the head alone', () => {
    expect(namesOf('An exchange with a Vesterholm Gymnasium has no date yet.', 'ORG', 'en').filter((n) => /Gymnasium/.test(n))).toEqual([]);
    expect(namesOf('The Town of Kenmore visited the school gymnasium on Tuesday.', 'ORG', 'en').filter((n) => /gymnasium/.test(n))).toEqual([]);
  });
});
