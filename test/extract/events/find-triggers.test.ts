import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/find-triggers.js';

const triggers = (text: string) => findTriggers(text, { start: 0, end: text.length }).map((t) => [t.type, t.kind]);

describe('findTriggers', () => {
  it('names the agreement with the words of the text', () => {
    expect(triggers("Ils ont signé un protocole d'accord de coopération hier.")).toEqual([['agreement', "protocole d'accord de coopération"]]);
    expect(triggers('Une entente de mobilité étudiante universitaire entre les deux.')).toEqual([['agreement', 'entente de mobilité étudiante universitaire']]);
    expect(triggers('They signed a memorandum of understanding.')).toEqual([['agreement', 'memorandum of understanding']]);
    expect(triggers('A sister city agreement was signed.')).toEqual([['agreement', 'sister city agreement']]);
  });

  it('knows the less common agreement nouns', () => {
    expect(triggers("Les maires ont signé un pacte d'amitié.")).toEqual([['agreement', "pacte d'amitié"]]);
    expect(triggers('Une déclaration d’intention a été paraphée.')).toEqual([['agreement', 'déclaration d’intention']]);
    expect(triggers('Ils adoptent une feuille de route pour 2030.')).toEqual([['agreement', 'feuille de route']]);
    expect(triggers("La lettre d'entente a été signée.")).toEqual([['agreement', "lettre d'entente"]]);
    expect(triggers('Une entente-cadre lie les deux cégeps.')).toEqual([['agreement', 'entente-cadre']]);
    expect(triggers('Un accord-cadre a été conclu.')).toEqual([['agreement', 'accord-cadre']]);
    expect(triggers('They signed a declaration of intent and a roadmap.')).toEqual([
      ['agreement', 'declaration of intent'],
      ['agreement', 'roadmap'],
    ]);
    expect(triggers('The mayors signed a friendship pact.')).toEqual([['agreement', 'friendship pact']]);
  });

  it('names missions with their qualifier', () => {
    expect(triggers('Une mission économique à Lyon.')).toEqual([['mission', 'mission économique']]);
    expect(triggers('Elle a mené une mission de prospection au Sénégal.')).toEqual([['mission', 'mission de prospection']]);
    expect(triggers('The premier led a trade mission to Japan.')).toEqual([['mission', 'trade mission']]);
  });

  it('skips agreement words that are no agreement', () => {
    expect(triggers('La démarche ACCORD est une stratégie régionale.')).toEqual([]);
    expect(triggers("Je suis d'accord avec vous.")).toEqual([]);
    expect(triggers('Nous agissons en accord avec nos valeurs.')).toEqual([]);
    expect(triggers("D'un commun accord, les villes ont choisi une date.")).toEqual([]);
    expect(triggers('The luncheon at the Edmundston Convention Center.')).toEqual([]);
  });

  it('skips missions that are mandates, institutions or websites', () => {
    expect(triggers("L'organisme a pour mission de soutenir les entreprises.")).toEqual([]);
    expect(triggers("La mission de l'organisme est claire.")).toEqual([]);
    expect(triggers('Notre mission de rendre nos villes plus intelligentes.')).toEqual([]);
    expect(triggers('La Délégation générale du Québec à Paris.')).toEqual([]);
    expect(triggers('Visitez notre site pour en savoir plus.')).toEqual([]);
  });

  it('finds a trigger that starts inside a match found within a longer word', () => {
    // "mémorandum d'entente" matched inside "avant-projetmémorandum" is refused; "entente" after it is a word of its own.
    expect(triggers("Les villes ont signé un avant-projetmémorandum d'entente hier.")).toEqual([['agreement', 'entente']]);
    expect(triggers("Zprotocole d'entente de coopération, à Namur.")).toEqual([['agreement', 'entente de coopération']]);
  });

  it('skips "in accord with", as "en accord avec"', () => {
    expect(triggers('The festival was organised in accord with local traditions.')).toEqual([]);
    expect(triggers('They acted in accordance with the plan.')).toEqual([]);
    expect(triggers('The accord with Lyon was signed in May.')).toEqual([['agreement', 'accord']]);
  });

  it('skips "in agreement" and "en parfait accord": people who agree, not a text', () => {
    expect(triggers('"We are in agreement on the budget," said the mayor.')).toEqual([]);
    expect(triggers('Both councils are in full agreement with the plan.')).toEqual([]);
    expect(triggers('Nous sommes en parfait accord sur ce point.')).toEqual([]);
    expect(triggers('The terms set out in the agreement were approved.')).toEqual([['agreement', 'agreement']]);
  });

  it('reads the determiner across a hyphenated duration ("the three-year MOU")', () => {
    const determiners = (text: string) => findTriggers(text, { start: 0, end: text.length }).map((t) => t.determiner);
    expect(determiners('Under the three-year MOU, both ports will share data.')).toEqual(['the']);
    expect(determiners('They went on a five-day mission to Oslo.')).toEqual(['a']);
    expect(determiners('This long-term agreement was welcomed.')).toEqual(['this']);
  });

  it('reads an all-caps headline as a headline, not a programme name', () => {
    expect(triggers('LA VILLE RENOUVELLE SON JUMELAGE')).toEqual([['agreement', 'JUMELAGE']]);
  });
});
