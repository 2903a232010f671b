import { describe, expect, it } from 'vitest';
import { agreements, dateFor, eventsFor } from './entities-for.js';

describe('a text told at the end of a list as not ready or still negotiated', () => {
  const specs = [['ORG', 'Brennock Council'], ['ORG', 'Quillen Council'], ['ORG', 'Brennock Training Board'], ['ORG', 'Quillen Tech']] as const;
  const signed = 'On 19 November, the Brennock Council and the Quillen Council signed a friendship agreement. ';

  it.each([
    'A fifth text, a cooperation agreement between Brennock Training Board (BTB) and Quillen Tech on apprenticeships and placements for young welders, was not ready in time.',
    'A separate cooperation agreement between Brennock Training Board (BTB) and Quillen Tech on placements for young welders is still being negotiated.',
  ])('reads a plan of its own: %s', (told) => {
    const text = signed + told;
    const out = agreements(eventsFor(text, specs, [dateFor(text, '19 November', '--11-19')], 'en'));
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ status: 'planned', parties: ['Brennock Training Board', 'Quillen Tech'] });
  });

  it('reads "Un protocole entre A et B est encore en cours de rédaction" as a plan', () => {
    const text =
      "Le 19 novembre, le Brennock Council et le Quillen Council ont signé une entente d'amitié. Un protocole de coopération entre Brennock Training Board et Quillen Tech, consacré à l'apprentissage, est encore en cours de rédaction.";
    const out = agreements(eventsFor(text, specs, [dateFor(text, '19 novembre', '--11-19')]));
    expect(out.find((e) => e.parties.includes('Quillen Tech'))).toMatchObject({ status: 'planned' });
  });

  it('reads "is working with X on a port agreement" as a plan', () => {
    const text = signed + 'Brennock Training Board is working with Quillen Tech on a port cooperation agreement.';
    const out = agreements(eventsFor(text, specs, [dateFor(text, '19 November', '--11-19')], 'en'));
    expect(out.find((e) => e.parties.includes('Quillen Tech'))).toMatchObject({ status: 'planned' });
  });

  it('keeps no event for an agreement merely named, with nothing said of its state', () => {
    const text = signed + 'A cooperation agreement between Brennock Training Board and Quillen Tech on apprenticeships was mentioned by several speakers over lunch.';
    const out = agreements(eventsFor(text, specs, [dateFor(text, '19 November', '--11-19')], 'en'));
    expect(out.find((e) => e.parties.includes('Quillen Tech'))).toBeUndefined();
  });
});

describe('a similar agreement with another partner', () => {
  it('keeps "une convention similaire avec Y" apart from the convention told before', () => {
    const text =
      "KONÉ, 4 novembre – La Province Nordale et l'Université d'Estamir ont signé mardi une convention de coopération scientifique. La Province Nordale avait déjà conclu en 2021 une convention similaire avec l'Université de Norvalle, toujours en vigueur.";
    const out = agreements(
      eventsFor(text, [['ORG', 'Province Nordale'], ["ORG", "Université d'Estamir"], ['ORG', 'Université de Norvalle']], [dateFor(text, '2021', '2021')]),
    );
    expect(out).toHaveLength(2);
    expect(out[0]!.parties).toEqual(['Province Nordale', "Université d'Estamir"]);
    expect(out[1]).toMatchObject({ kind: 'convention similaire', date: '2021', parties: ['Province Nordale', 'Université de Norvalle'] });
  });

  it('still joins "la convention" told again with its sides to the convention told before', () => {
    const text =
      "La Province Nordale et l'Université d'Estamir ont signé mardi une convention de coopération scientifique. La convention entre la Province Nordale et l'Université d'Estamir porte sur cinq ans.";
    const out = agreements(eventsFor(text, [['ORG', 'Province Nordale'], ["ORG", "Université d'Estamir"]]));
    expect(out).toHaveLength(1);
  });
});
