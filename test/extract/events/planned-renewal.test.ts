import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';


describe('a renewal planned for an agreement signed before', () => {
  it('is an agreement of its own, planned, between the same sides ("prévoient de renouveler la charte")', () => {
    const text = [
      "La charte de jumelage entre Arbois et Kolda a été signée à Arbois par les maires de l'époque.",
      'Les deux villes prévoient de renouveler la charte de jumelage en 2027, à Kolda.',
    ].join(' ');
    const out = agreementsFor(text, [['PLACE', 'Arbois'], ['PLACE', 'Kolda']], [dateFor(text, '2027', '2027')]);
    expect(out.map((e) => [e.status, e.parties])).toEqual([
      ['signed', ['Arbois', 'Kolda']],
      ['planned', ['Arbois', 'Kolda']],
    ]);
  });

  it('reads "intend to renew the agreement" the same way in English', () => {
    const text = [
      'In 1987 the mayors of Lusk and Arden signed the friendship agreement between Lusk and Arden.',
      'Lusk and Arden intend to renew the friendship agreement in Arden in March 2027.',
    ].join(' ');
    const out = agreementsFor(text, [['PLACE', 'Lusk'], ['PLACE', 'Arden']], [dateFor(text, '1987', '1987'), dateFor(text, 'March 2027', '2027-03')], 'en');
    expect(out.map((e) => e.status)).toEqual(['signed', 'planned']);
  });

  it('leaves a renewal signed today as the same telling', () => {
    const text = [
      'La Ville de Champagnole et la Ville de Kolda ont renouvelé lundi leur charte de jumelage.',
      'La charte a été renouvelée en présence des deux maires.',
    ].join(' ');
    expect(agreementsFor(text, [['ORG', 'Ville de Champagnole'], ['ORG', 'Ville de Kolda']])).toHaveLength(1);
  });
});
