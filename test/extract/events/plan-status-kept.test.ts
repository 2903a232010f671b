import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/extract/events/detect-status.js';
import { dateFor, eventsFor } from './entities-for.js';

describe('a signing still to come, told by its time or its delay', () => {
  it.each([
    "Point culminant du séjour : la signature, prévue le 25 novembre à Norvalle, d'un protocole d'entente entre les deux chambres.",
    'The signing, scheduled for 25 November, of a memorandum between the two ports.',
    "La signature d'un protocole de coopération entre la Chambre de Norvalle et la Chambre d'Estamir, prévue le 12 novembre, a été reportée à la demande de la partie estamiroise.",
    'The signing of the protocol between the two chambers was postponed at the request of the Estamir side.',
    "L'acte de signature du protocole entre les deux chambres a été reporté à la demande de la partie estamiroise.",
    'The two chambers are drafting a memorandum of cooperation, hopefully ready for signing in spring 2027.',
    'Les deux chambres rédigent un protocole, qui devrait être prêt pour la signature au printemps.',
  ])('planned: %s', (clause) => expect(detectStatus(clause)).toBe('planned'));

  it.each([
    "La signature d'un protocole de coopération entre la Chambre de Norvalle et la Chambre d'Estamir a eu lieu le 12 novembre.",
    'The signing of the protocol between the two chambers took place on Monday, after a meeting that was postponed twice.',
    'The two chambers signed a memorandum of cooperation, ready for use in spring.',
  ])('signed: %s', (clause) => expect(detectStatus(clause)).toBe('signed'));
});

describe('a plan told with its cue is not signed by a bare retelling', () => {
  const specs = [['ORG', 'Brennock College'], ['ORG', 'Quillen Academy'], ['ORG', 'Brennock Council'], ['ORG', 'Quillen Council']] as const;
  const first = 'On 5 May, the Brennock Council and the Quillen Council signed a friendship agreement. ';

  it.each([
    ['a plural noun', 'The port chaplain said his work was "to look after crews, whoever signs the agreements".'],
    ['a fact box', '- 2 agreements signed'],
    ['a noun with neither side nor date', 'Councillors noted this is the first partnership signed by the Council itself.'],
  ])('keeps the plan planned after %s', (_, after) => {
    const text = first + 'Brennock College and Quillen Academy are preparing a student exchange agreement, to be signed in September 2027. ' + after;
    const out = eventsFor(text, specs, [dateFor(text, '5 May', '--05-05'), dateFor(text, 'September 2027', '2027-09')], 'en');
    expect(out.find((e) => e.parties.includes('Brennock College'))).toMatchObject({ status: 'planned', date: '2027-09' });
  });

  it('still reads the plan signed when its signing is told with its sides', () => {
    const text =
      first + 'Brennock College and Quillen Academy are preparing a student exchange agreement. On 9 May, Brennock College and Quillen Academy signed the student exchange agreement.';
    const out = eventsFor(text, specs, [dateFor(text, '5 May', '--05-05'), dateFor(text, '9 May', '--05-09')], 'en');
    expect(out.find((e) => e.parties.includes('Brennock College'))).toMatchObject({ status: 'signed' });
  });
});

describe('a plan to sign during the visit told just before', () => {
  it('dates "Both sides hope to use that visit to sign …" by the visit', () => {
    const text =
      'A Quillen delegation is expected in Brennock in July 2027. Both sides hope to use that visit to sign a youth apprenticeship agreement between Brennock College and Quillen Academy.';
    const out = eventsFor(text, [['PLACE', 'Quillen'], ['PLACE', 'Brennock'], ['ORG', 'Brennock College'], ['ORG', 'Quillen Academy']], [dateFor(text, 'July 2027', '2027-07')], 'en');
    expect(out.find((e) => e.type === 'agreement')).toMatchObject({ status: 'planned', date: '2027-07' });
  });

  it('does not date a plan by a visit it does not refer to', () => {
    const text =
      'A Quillen delegation is expected in Brennock in July 2027. Both sides hope to sign a youth apprenticeship agreement between Brennock College and Quillen Academy.';
    const out = eventsFor(text, [['PLACE', 'Quillen'], ['PLACE', 'Brennock'], ['ORG', 'Brennock College'], ['ORG', 'Quillen Academy']], [dateFor(text, 'July 2027', '2027-07')], 'en');
    const plan = out.find((e) => e.type === 'agreement');
    expect(plan).toMatchObject({ status: 'planned' });
    expect(plan?.date).toBeUndefined();
  });
});
