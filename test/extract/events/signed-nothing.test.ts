import { describe, expect, it } from 'vitest';
import { agreementsFor, eventsFor } from './entities-for.js';


describe('agreements denied by a negative subject, object or list', () => {
  it('makes no agreement of "Nobody flew to Peru to sign memorandums" or "personne n’est venu … pour signer"', () => {
    const en = '"Nobody flew to Peru to sign memorandums," said the director of the Tarn Export Office.';
    expect(agreementsFor(en, [['PLACE', 'Peru'], ['ORG', 'Tarn Export Office']], [], 'en')).toEqual([]);
    const fr = "« Personne n'est venu à Arequipa pour signer une convention », a dit le président de la Chambre de Espalion.";
    expect(agreementsFor(fr, [['PLACE', 'Arequipa'], ['ORG', 'Chambre de Espalion']])).toEqual([]);
  });

  it('makes no agreement of "nous n’avons rien signé avec …, interrogé sur une convention"', () => {
    const fr = "« Nous n'avons rien signé avec la Banque du Nord », a précisé le maire, interrogé sur une éventuelle convention avec la commune de Brive.";
    expect(agreementsFor(fr, [['ORG', 'Banque du Nord'], ['PLACE', 'Brive']])).toEqual([]);
    const en = 'The Orrin Council signed nothing with the Lusk Port Authority, despite talk of a memorandum.';
    expect(agreementsFor(en, [['ORG', 'Orrin Council'], ['ORG', 'Lusk Port Authority']], [], 'en')).toEqual([]);
  });

  it('makes no agreement of bodies that "are not parties to the agreement" or "n’est pas partie à la convention"', () => {
    const en = 'The Kelso Trust and the Irvine Fund, which backed the talks, are not parties to the proposed agreement.';
    expect(agreementsFor(en, [['ORG', 'Kelso Trust'], ['ORG', 'Irvine Fund']], [], 'en')).toEqual([]);
    const fr = "L'Office de Champagnole et le Fonds de Arbois, qui ont soutenu le projet, ne sont pas parties à la convention.";
    expect(agreementsFor(fr, [['ORG', 'Office de Champagnole'], ['ORG', 'Fonds de Arbois']])).toEqual([]);
  });

  it('makes no agreement of a body that "n’a pourtant pas voulu s’associer à l’entente" or is "sans être associée au protocole"', () => {
    const fr = "Le Département de Valbrise, dont relève le port de Tornhavn, n'a pourtant pas voulu s'associer à l'entente conclue jeudi.";
    expect(agreementsFor(fr, [['ORG', 'Département de Valbrise'], ['PLACE', 'Tornhavn']])).toEqual([]);
    const other = "La Chambre de Quelmont a prêté ses salles, sans être associée au protocole.";
    expect(agreementsFor(other, [['ORG', 'Chambre de Quelmont']])).toEqual([]);
  });

  it('still reads a signing by a body that "a souhaité s’associer à la convention" and signed it', () => {
    const fr = "Le Département de Valbrise a souhaité s'associer à la convention et l'a signée jeudi avec la Commune de Tornhavn.";
    expect(agreementsFor(fr, [['ORG', 'Département de Valbrise'], ['ORG', 'Commune de Tornhavn']])).toHaveLength(1);
  });

  it('makes no agreement of "sans qu’un accord distinct ait été conclu"', () => {
    const fr = "L'École de Lodève et le Lycée de Espalion seront associés aux stages, sans qu'un accord distinct ait été conclu.";
    expect(agreementsFor(fr, [['ORG', 'École de Lodève'], ['ORG', 'Lycée de Espalion']])).toEqual([]);
  });

  it('makes no agreement of "No MOU, letter of intent or twinning agreement was signed"', () => {
    const en = 'No MOU, letter of intent or twinning agreement was signed during the visit of the Arklow Board to Bergen, an official of the Arklow Board said.';
    expect(agreementsFor(en, [['ORG', 'Arklow Board'], ['PLACE', 'Bergen']], [], 'en')).toEqual([]);
  });

  it('still reads a plain signing beside those words', () => {
    const en = 'The Kelso Trust and the Irvine Fund signed a memorandum of understanding; no one expected it so soon.';
    expect(agreementsFor(en, [['ORG', 'Kelso Trust'], ['ORG', 'Irvine Fund']], [], 'en')).toHaveLength(1);
    const fr = "L'Office de Champagnole et le Fonds de Arbois ont signé une convention ou un protocole, selon les sources.";
    expect(agreementsFor(fr, [['ORG', 'Office de Champagnole'], ['ORG', 'Fonds de Arbois']])).toHaveLength(1);
  });
});
