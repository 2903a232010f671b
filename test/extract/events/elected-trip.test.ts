import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

const FR = [
  ['ORG', 'Ville de Valbrune'],
  ['PLACE', 'Valbrune'],
  ['PLACE', 'Corvanne'],
] as const;

describe('a trip led by the town’s mayor or made by its elected members', () => {
  it('takes the town’s body among its sides when the mayor is not named', () => {
    const text = 'La Ville de Valbrune prépare un jumelage. Une délégation de Valbrune, conduite par M. le maire, se rendra à Corvanne en mars 2027.';
    expect(missionFor(text, FR)?.parties).toEqual(expect.arrayContaining(['Valbrune', 'Ville de Valbrune', 'Corvanne']));
  });

  it('so does a mission of its elected members', () => {
    const text = "La Ville de Valbrune prépare un jumelage. Une mission d'élus de Valbrune se rendra à Corvanne en mars 2027.";
    expect(missionFor(text, FR)?.parties).toContain('Ville de Valbrune');
  });

  it('in English, "led by the Mayor"', () => {
    const text = 'The City of Dunmere is preparing a twinning. A Dunmere delegation led by the Mayor will travel to Kestrel in June 2027.';
    const trip = missionFor(text, [['ORG', 'City of Dunmere'], ['PLACE', 'Dunmere'], ['PLACE', 'Kestrel']], [], 'en');
    expect(trip?.parties).toEqual(expect.arrayContaining(['Dunmere', 'City of Dunmere', 'Kestrel']));
  });

  it('leaves the body out when a chamber’s director leads the trip', () => {
    const text = 'La Ville de Valbrune prépare un jumelage. Une délégation de Valbrune, conduite par le directeur de la chambre, se rendra à Corvanne en mars 2027.';
    expect(missionFor(text, FR)?.parties).not.toContain('Ville de Valbrune');
  });

  it('leaves the body out when the mayor is the host’s', () => {
    const text = 'La Ville de Valbrune prépare un jumelage. Une délégation de Valbrune se rendra à Corvanne en mars 2027, où elle sera reçue par le maire.';
    expect(missionFor(text, FR)?.parties).not.toContain('Ville de Valbrune');
  });

  it('leaves the body out when a capitalised name, not an adjective, stands before "élue"', () => {
    const text = 'La Ville de Valbrune prépare un jumelage. La délégation de Valbrune élue par le comité de jumelage se rendra à Corvanne en mars 2027.';
    const trip = missionFor(text, FR);
    expect(trip?.parties).toContain('Valbrune');
    expect(trip?.parties).not.toContain('Ville de Valbrune');
  });

  it('takes the body for a delegation of young elected members', () => {
    const text = 'La Ville de Valbrune prépare un jumelage. Une délégation de jeunes élus de Valbrune se rendra à Corvanne en mars 2027.';
    expect(missionFor(text, FR)?.parties).toContain('Ville de Valbrune');
  });

  it('leaves the body out when the leading mayor is another town’s ("dirigée par le maire de Y")', () => {
    const text = 'La Ville de Valbrune prépare un jumelage. Une délégation de Valbrune, dirigée par le maire de Corvanne, visitera Corvanne en mars 2027.';
    const trip = missionFor(text, FR);
    expect(trip?.parties).toContain('Valbrune');
    expect(trip?.parties).not.toContain('Ville de Valbrune');
  });

  it('takes the body when the leading mayor is the travelling town’s own ("dirigée par le maire de Valbrune")', () => {
    const text = 'La Ville de Valbrune prépare un jumelage. Une délégation de Valbrune, dirigée par le maire de Valbrune, visitera Corvanne en mars 2027.';
    expect(missionFor(text, FR)?.parties).toContain('Ville de Valbrune');
  });
});
