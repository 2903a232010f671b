import { describe, expect, it } from 'vitest';
import { agreementsFor } from './entities-for.js';

describe('a chapô that counts the texts signed', () => {
  it('gives its place to the signed agreements told after it', () => {
    const text =
      "Les élus bretons ont passé la semaine en Gaspésie. Deux textes ont été signés jeudi à l'hôtel de ville de Matane. " +
      "Le maire de Matane et son homologue ont paraphé une lettre d'intention entre la Ville de Matane et la Ville de Lannion. " +
      "Dans la foulée, la Chambre de commerce de Matane et la CCI de Lannion ont signé une convention de partenariat.";
    const agreements = agreementsFor(text, [
      ['PLACE', 'Gaspésie'],
      ['PLACE', 'Matane'],
      ['ORG', 'Ville de Matane'],
      ['ORG', 'Ville de Lannion'],
      ['ORG', 'Chambre de commerce de Matane'],
      ['ORG', 'CCI de Lannion'],
    ]);
    expect(agreements.map((e) => e.place)).toEqual(['Matane', 'Matane']);
  });

  it('gives it to no more texts than it counts, and not to a plan', () => {
    const text =
      'Two agreements were signed on Monday in Tromsø. Arden University and Nordby College signed a memorandum of understanding. ' +
      'Arden Council and Nordby Municipality signed a friendship agreement. ' +
      'Arden Port and Nordby Harbour signed a letter of intent. Arden Museum and Nordby Gallery plan to sign a cooperation agreement next year.';
    const agreements = agreementsFor(
      text,
      [
        ['PLACE', 'Tromsø'],
        ['ORG', 'Arden University'],
        ['ORG', 'Nordby College'],
        ['ORG', 'Arden Council'],
        ['ORG', 'Nordby Municipality'],
        ['ORG', 'Arden Port'],
        ['ORG', 'Nordby Harbour'],
        ['ORG', 'Arden Museum'],
        ['ORG', 'Nordby Gallery'],
      ],
      [],
      'en',
    );
    expect(agreements.map((e) => e.place)).toEqual(['Tromsø', 'Tromsø', undefined, undefined]);
  });
});
