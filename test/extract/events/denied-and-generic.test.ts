import { describe, expect, it } from 'vitest';
import { agreementsFor, eventsFor } from './entities-for.js';


describe('agreements a clause denies, or tells only in general', () => {
  it('reads "ne signe pas" (a simple tense wrapped by the negation) as a denial', () => {
    const fr = "« On ne signe pas une convention depuis un bureau », a dit le maire de Espalion, de retour de Sokodé.";
    expect(agreementsFor(fr, [['PLACE', 'Espalion'], ['PLACE', 'Sokodé']])).toEqual([]);
    const other = "La Ville de Espalion et la Ville de Sokodé ne signeront jamais d'accord sur ce dossier.";
    expect(agreementsFor(other, [['ORG', 'Ville de Espalion'], ['ORG', 'Ville de Sokodé']])).toEqual([]);
  });

  it('denies an agreement nobody has drafted, or one "not drafted yet"', () => {
    const en = 'A Kerry–Mayo ferry link came up in the talks, but no one has drafted an agreement, the Kerry Harbour Board said.';
    expect(agreementsFor(en, [['PLACE', 'Kerry'], ['PLACE', 'Mayo'], ['ORG', 'Kerry Harbour Board']], [], 'en')).toEqual([]);
    const yet = 'The Arden Institute and Lusk College have discussed a joint course, but no agreement has been drafted yet.';
    expect(agreementsFor(yet, [['ORG', 'Arden Institute'], ['ORG', 'Lusk College']], [], 'en')).toEqual([]);
  });

  it('reads "aucune convention n’a encore été signée" as a plan only when the clause names both sides', () => {
    const alone = "Le port de Brest et la Ville de Brest en parlent depuis longtemps. Aucune convention n'a encore été signée avec le centre.";
    expect(agreementsFor(alone, [['ORG', 'Ville de Brest'], ['PLACE', 'Brest']])).toEqual([]);
  });

  it('makes no agreement of bodies that "will not be parties to" it or of which "neither is a party"', () => {
    const en = 'The Government of Ardena and the Consulate of Velm supported the visit but will not be parties to the agreement.';
    expect(agreementsFor(en, [['ORG', 'Government of Ardena'], ['ORG', 'Consulate of Velm']], [], 'en')).toEqual([]);
    const neither = 'The Consulate of Velm and the Tarn Export Office helped prepare the trip; neither is a party to the memorandum.';
    expect(agreementsFor(neither, [['ORG', 'Consulate of Velm'], ['ORG', 'Tarn Export Office']], [], 'en')).toEqual([]);
  });

  it('makes no agreement of a body that welcomed one "but is not a party to it"', () => {
    const fr = 'Le Consulat de Velm a salué la convention signée lundi, mais il n’est partie à aucune des deux.';
    expect(agreementsFor(fr, [['ORG', 'Consulat de Velm']])).toEqual([]);
    const en = 'The Ministry of Transport of Velm welcomed the memorandum signed on Monday but is not a party to it.';
    expect(agreementsFor(en, [['ORG', 'Ministry of Transport of Velm']], [], 'en')).toEqual([]);
  });

  it('makes no agreement of the generic "you sign a memorandum when …"', () => {
    const en = '"You sign a memorandum when you know who you will work with," said the head of the Arden Port Authority.';
    expect(agreementsFor(en, [['ORG', 'Arden Port Authority']], [], 'en')).toEqual([]);
  });

  it('still reads a signing a third body is not a party to', () => {
    const en = 'The Arden Port Authority and the Lusk Port Authority signed a memorandum; the Velm Ministry is not a party to it.';
    const out = agreementsFor(en, [['ORG', 'Arden Port Authority'], ['ORG', 'Lusk Port Authority'], ['ORG', 'Velm Ministry']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toContain('Arden Port Authority');
  });
});
