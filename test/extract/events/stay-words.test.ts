import { describe, expect, it } from 'vitest';
import { dateFor, missionFor } from './entities-for.js';

const specs = [['ORG', 'Kendal Chamber of Trade'], ['PLACE', 'Kendal'], ['PLACE', 'Rauma'], ['PLACE', 'Turku']] as const;

function tripPlace(text: string, range: string, value: string): string | undefined {
  return missionFor(text, specs, [dateFor(text, range, value)], 'en')?.place;
}

describe('a later "the delegation was in X from … to …" places the trip', () => {
  it('takes the town after "was in" with a range of days as where the trip went', () => {
    const text =
      'The plan was announced on Thursday at the close of a visit by a delegation of the Kendal Chamber of Trade. The Kendal delegation, led by its president, was in Rauma from 3 to 7 May. Its members flew home via Turku.';
    expect(tripPlace(text, 'from 3 to 7 May', '--05-03/--05-07')).toBe('Rauma');
  });

  it('does not take a town the delegation was in on one day of its trip (no range of days)', () => {
    const text =
      'The plan was announced on Thursday at the close of a visit by a delegation of the Kendal Chamber of Trade. The Kendal delegation, led by its president, was in Rauma on 5 May. Its members flew home via Turku.';
    expect(tripPlace(text, '5 May', '--05-05')).not.toBe('Rauma');
  });
});
