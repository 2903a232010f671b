import { describe, expect, it } from 'vitest';
import { detectStatus } from '../../../src/extract/events/detect-status.js';

describe('detectStatus', () => {
  it.each([
    "Les deux villes ont signé l'entente hier.",
    "L'accord a été signé le 3 mai.",
    'Signée en 1975, la charte a été renouvelée.',
    'La ville scelle son jumelage avec Tulle.',
    'Les ministres ont renouvelé leur entente.',
    'The governors signed a memorandum of understanding.',
    'The two cities renewed their sister city agreement.',
  ])('signed: %s', (clause) => expect(detectStatus(clause)).toBe('signed'));

  it.each([
    'Les deux chambres signeront une convention en juin.',
    "L'entente sera signée lors du prochain sommet.",
    "Les villes travaillent en vue d'établir un jumelage.",
    'Vers une convention entre les deux chambres de commerce.',
    'Un projet de partenariat a été approuvé par le conseil.',
    "L'idée est d'aller vers la signature d'une convention.",
    'The province will sign an agreement with the state.',
    'The city plans to sign a twinning agreement next year.',
    'An agreement is expected to be signed in the fall.',
    'Les deux gouvernements ont convenu de renouveler leur accord de coopération.',
    'The two states agreed to sign a memorandum next year.',
    'La Ville de Laval et la Ville de Nantes envisagent la signature d’une entente.',
    'Le jumelage sera officialisé au printemps.',
    'Le protocole devrait être paraphé en mai.',
    "Les deux chambres comptent conclure une convention de partenariat à l'automne.",
    "Les deux écoles travaillent à un accord d'échange, dont la signature est envisagée en avril.",
    "La visite a permis d'avancer sur un accord de coopération portuaire.",
    "Les deux cégeps ont amorcé la rédaction d'une entente de codiplomation.",
    "Un accord de jumelage serait soumis aux deux conseils municipaux d'ici l'été.",
    'The twinning will be formalized next spring.',
    'The memorandum is scheduled to be signed in March.',
  ])('planned: %s', (clause) => expect(detectStatus(clause)).toBe('planned'));
});

describe('detectStatus on a nominal signing', () => {
  it.each([
    'The highlight of the visit was the signing of a letter of intent between the two ports.',
    "La journée a été marquée par la signature d'une convention entre les deux communes.",
  ])('signed: %s', (clause) => expect(detectStatus(clause)).toBe('signed'));

  it.each([
    'The signing of the friendship agreement will take place at the spring summit.',
    "La signature de l'entente aura lieu le 3 juin à l'hôtel de ville.",
    'The signing of the memorandum is scheduled for March.',
  ])('planned: %s', (clause) => expect(detectStatus(clause)).toBe('planned'));
});

describe("detectStatus on a council's leave to sign with the signer named", () => {
  it('reads "autorisent le maire, X, à signer" as a plan', () => {
    expect(detectStatus("Par ce vote, les élus autorisent le maire, Gaspard Orlinde, à signer la charte de jumelage avec Valtrembe.")).toBe('planned');
  });

  it('keeps a signing done with the council\'s leave signed', () => {
    expect(detectStatus("Autorisée par le conseil, la mairesse, Mireille Dastous-Pellan, a signé l'entente avec Valtrembe.")).toBe('signed');
  });
});

describe("detectStatus on a council's vote to approve an agreement", () => {
  it('reads "voted 5-2 on Monday to approve a friendship agreement" as a plan', () => {
    expect(detectStatus('Town council voted 5-2 on Monday evening to approve a friendship agreement with Brackwater.')).toBe('planned');
  });

  it('keeps an agreement signed after the vote signed', () => {
    expect(detectStatus('Council voted to approve the text, and the mayors signed a friendship agreement with Brackwater the next day.')).toBe('signed');
  });
});
