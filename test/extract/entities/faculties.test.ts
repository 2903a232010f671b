import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a university’s faculty is a body', () => {
  it('reads "Faculty of …" in English and "Faculté de …" in French', () => {
    expect(namesOf('Two researchers from the Faculty of Dental Surgery joined the trip.', 'ORG', 'en')).toEqual(['Faculty of Dental Surgery']);
    expect(namesOf('Deux chercheurs de la Faculté de pharmacie étaient du voyage.', 'ORG')).toEqual(['Faculté de pharmacie']);
  });

  it('takes no body from "Faculty and staff"', () => {
    expect(namesOf('Faculty and staff welcomed the visitors.', 'ORG', 'en')).toEqual([]);
  });
});
