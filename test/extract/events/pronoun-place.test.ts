import { describe, expect, it } from 'vitest';
import { agreementFor, eventsFor } from './entities-for.js';

describe('where an agreement was signed, told by a pronoun', () => {
  it('reads "y ont signé" as the place the previous sentence is at', () => {
    const text =
      "Deuxième étape à Tunis, où la délégation a rencontré des industriels. Le 4 mai, l'Agence lyonnaise de l'export et la Chambre tuniso-française y ont signé une convention de partenariat.";
    expect(agreementFor(text, [['PLACE', 'Tunis'], ['ORG', "Agence lyonnaise de l'export"], ['ORG', 'Chambre tuniso-française']])?.place).toBe('Tunis');
  });

  it('reads "Cap sur X … y ont paraphé" as X', () => {
    const text =
      "Cap ensuite sur Sfax, deuxième ville du pays. Le 6 mai, la Chambre de commerce de Lyon et l'Union des industriels de Sfax y ont paraphé une lettre d'intention.";
    const [e] = eventsFor(text, [['PLACE', 'Sfax'], ['ORG', 'Chambre de commerce de Lyon'], ['ORG', 'Union des industriels de Sfax']]);
    expect(e?.place).toBe('Sfax');
  });

  it('reads the place of "Elle pourrait être signée … à X" after a planned agreement', () => {
    const text =
      "Les deux régions préparent une convention entre l'Université de Savoie et l'Université de Turin. Elle pourrait être signée à l'automne, lors d'une réunion prévue à Chambéry.";
    const [e] = eventsFor(text, [['ORG', 'Université de Savoie'], ['ORG', 'Université de Turin'], ['PLACE', 'Chambéry']]);
    expect(e?.place).toBe('Chambéry');
  });

  it('gives no place when no sentence says where', () => {
    const text = "L'Agence lyonnaise de l'export et la Chambre tuniso-française ont signé une convention de partenariat. Elle entre en vigueur le mois prochain.";
    const [e] = eventsFor(text, [['ORG', "Agence lyonnaise de l'export"], ['ORG', 'Chambre tuniso-française']]);
    expect(e?.place).toBeUndefined();
  });
  it('reads "envisagent d\'y signer" as the town the trip told just before goes to', () => {
    const text =
      "Une délégation de Valbrenne se rendra à Korvath en mai 2027, pour la fête des vendanges. Les deux villes envisagent d'y signer une charte de jumelage.";
    expect(agreementFor(text, [['PLACE', 'Valbrenne'], ['PLACE', 'Korvath']])?.place).toBe('Korvath');
  });

  it('reads "devrait y être signée" and "y envisagent la signature" as that town', () => {
    const modal =
      "La mairesse de Quessac conduira une mission à Ardelune en mars 2027. Une convention d'amitié entre Quessac et Ardelune devrait y être signée.";
    expect(agreementFor(modal, [['PLACE', 'Quessac'], ['PLACE', 'Ardelune']])?.place).toBe('Ardelune');
    const noun = "Une délégation de Quessac se rendra à Ardelune en juin 2027. Les deux conseils de Quessac et d'Ardelune y envisagent la signature d'un jumelage.";
    expect(agreementFor(noun, [['PLACE', 'Quessac'], ['PLACE', 'Ardelune']])?.place).toBe('Ardelune');
  });

  it('reads "expect to sign a charter there" as the town the trip goes to', () => {
    const text =
      'In August 2027 Stelmouth sends a delegation to Pirnavo. Both towns expect to sign a twinning charter there.';
    expect(agreementFor(text, [['PLACE', 'Stelmouth'], ['PLACE', 'Pirnavo']])?.place).toBe('Pirnavo');
  });

  it('does not read "there is" after a planned signing as a place', () => {
    const text =
      'A Stelmouth delegation will travel to Pirnavo in August 2027. Stelmouth and Brimholt intend to sign a friendship agreement and there is broad support for it.';
    const deal = agreementFor(text, [['PLACE', 'Stelmouth'], ['PLACE', 'Pirnavo'], ['PLACE', 'Brimholt']]);
    expect(deal).toBeDefined();
    expect(deal?.place).toBeUndefined();
  });
  it('does not read "there\'s" after a planned signing as a place', () => {
    const text = "A Stelmouth delegation will travel to Pirnavo in August 2027. Stelmouth and Brimholt intend to sign a friendship agreement if there's support for it.";
    const plan = agreementFor(text, [['PLACE', 'Stelmouth'], ['PLACE', 'Pirnavo'], ['PLACE', 'Brimholt']]);
    expect(plan).toBeDefined();
    expect(plan?.place).toBeUndefined();
  });
});
