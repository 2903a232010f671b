import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('faculties and university presses', () => {
  it('reads a faculty of a university as one name', () => {
    const text = "Le partenariat réunit la Faculté de droit de l'Université de Kinshasa et un hôpital.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(["Faculté de droit de l'Université de Kinshasa"]);
  });

  it('reads an English faculty with its complement', () => {
    const text = 'Professors from the Faculty of Dentistry joined the mission.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Faculty of Dentistry']);
  });

  it('reads a university press', () => {
    const text = "L'ouvrage paraît aux Presses universitaires de Caen cet automne.";
    expect(namesOf(text, 'ORG', 'fr')).toEqual(['Presses universitaires de Caen']);
  });
});
