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
});
