import { describe, expect, it } from 'vitest';
import { eventsFor, type Spec } from './entities-for.js';

const SIDES: Spec[] = [
  ['ORG', 'City of Marlow Creek'],
  ['ORG', 'Municipality of Tepalca'],
  ['ORG', 'Harwick University'],
  ['ORG', 'University of Tepalca'],
  ['PLACE', 'Marlow Creek'],
  ['PLACE', 'Tepalca'],
];

describe('"both councils" names the two local governments told before', () => {
  it('skips a later pair of universities to reach the two councils', () => {
    const text =
      'The City of Marlow Creek and the Municipality of Tepalca signed a memorandum of understanding on Friday. ' +
      'The delegation included academics from the University of Tepalca. ' +
      'Harwick University and the University of Tepalca signed a student exchange agreement. ' +
      'He confirmed that both councils are preparing a full sister city agreement.';
    const plan = eventsFor(text, SIDES, [], 'en').find((e) => e.status === 'planned');
    expect(plan?.parties).toEqual(['City of Marlow Creek', 'Municipality of Tepalca']);
  });

  it('reads "les deux conseils municipaux" the same way', () => {
    const text =
      "La Ville de Pontcarré et la Municipalité de Saint-Rivage ont signé vendredi un protocole d'amitié. " +
      'La délégation comprenait des enseignants du Collège Roussel. ' +
      "Le Lycée Malherbe et le Collège Roussel ont conclu une entente d'échanges. " +
      'Le maire a confirmé que les deux conseils municipaux préparent une charte de jumelage.';
    const out = eventsFor(text, [
      ['ORG', 'Ville de Pontcarré'],
      ['ORG', 'Municipalité de Saint-Rivage'],
      ['ORG', 'Lycée Malherbe'],
      ['ORG', 'Collège Roussel'],
    ]);
    const plan = out.find((e) => e.status === 'planned');
    expect(plan?.parties).toEqual(['Ville de Pontcarré', 'Municipalité de Saint-Rivage']);
  });

  it('leaves "both universities" to the two universities', () => {
    const text =
      'The City of Marlow Creek and the Municipality of Tepalca signed a memorandum of understanding on Friday. ' +
      'On the same occasion, Harwick University and the University of Tepalca signed a student exchange agreement. ' +
      'The rector said both universities are preparing a research agreement, to be signed in Tepalca next year.';
    const plan = eventsFor(text, SIDES, [], 'en').find((e) => e.status === 'planned');
    expect(plan?.parties).toEqual(['Harwick University', 'University of Tepalca']);
  });
});
