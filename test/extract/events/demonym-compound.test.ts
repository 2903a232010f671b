import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('a delegation adjective names a place with a compound name by its telling word', () => {
  it('reads "délégation morzinoise" as Morzine-Avoriaz', () => {
    const text =
      'Une délégation morzinoise a séjourné à Tadoussac du 3 au 7 juin. Le Québec attire les skieurs, et le Québec le sait. Morzine-Avoriaz compte 3 000 habitants.';
    expect(missionFor(text, [['PLACE', 'Morzine-Avoriaz'], ['PLACE', 'Tadoussac'], ['PLACE', 'Québec']])?.parties).toEqual(['Morzine-Avoriaz', 'Tadoussac']);
  });

  it('does not read a generic word of the name ("saintongeaise" is not Saint-Malo)', () => {
    const text =
      'Une délégation saintongeaise a séjourné à Tadoussac du 3 au 7 juin. Le Québec attire les skieurs, et le Québec le sait. Saint-Malo compte 46 000 habitants.';
    expect(missionFor(text, [['PLACE', 'Saint-Malo'], ['PLACE', 'Tadoussac'], ['PLACE', 'Québec']])?.parties ?? []).not.toContain('Saint-Malo');
  });

  it('does not read a name that holds the adjective itself ("délégation allemande" is not the République fédérale allemande)', () => {
    const text =
      'Une délégation allemande a séjourné à Tadoussac du 3 au 7 juin. Le Québec attire les skieurs, et le Québec le sait. La République fédérale allemande compte 83 millions d\'habitants.';
    expect(missionFor(text, [['PLACE', 'République fédérale allemande'], ['PLACE', 'Tadoussac'], ['PLACE', 'Québec']])?.parties ?? []).not.toContain('République fédérale allemande');
  });
});
