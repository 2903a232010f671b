import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const trip = (text: string) => extract(text).events.find((e) => e.type === 'mission');

describe('a trip told by its make-up ("composée de", "made up of") travels with the bodies its people come from', () => {
  it('reads "La délégation …, composée de trois élus, du directeur de X et …"', () => {
    const text =
      "La délégation lamecense, composée de trois élus, du directeur de l'Office de tourisme de Lamego et de la présidente de l'Association Douro-Québec, a été reçue par la Ville de Val-Brûlé du 3 au 7 juin.";
    expect(trip(text)?.parties).toEqual(expect.arrayContaining(["Office de tourisme de Lamego", 'Association Douro-Québec']));
  });

  it('reads "It was made up of officials from X and Y"', () => {
    const text = 'A delegation from Lamego visited Val-Brûlé from June 3 to 7. It was made up of officials from the Lamego Chamber of Commerce and the Lamego Polytechnic Institute.';
    expect(trip(text)?.parties).toEqual(expect.arrayContaining(['Lamego Chamber of Commerce', 'Lamego Polytechnic Institute']));
  });

  it('does not read the make-up of a committee told beside the trip', () => {
    const text =
      'A delegation from Lamego visited Val-Brûlé from June 3 to 7. A steering committee made up of officials from the Lamego Chamber of Commerce and the Lamego Polytechnic Institute will meet every year.';
    const found = trip(text);
    expect(found).toBeDefined();
    expect(found!.parties).not.toContain('Lamego Chamber of Commerce');
  });
});
