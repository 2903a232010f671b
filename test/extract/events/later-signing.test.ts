import { describe, expect, it } from 'vitest';
import { agreementFor, dateFor, eventsFor } from './entities-for.js';

describe('a planned agreement whose signing a later sentence tells with a pronoun', () => {
  it('takes the date and place after "nous comptons la signer"', () => {
    const text =
      "Nous préparons une charte d'amitié entre la Ville de Gisors et la Ville de Cowansville. Le conseil doit l'adopter en mars, et nous comptons la signer ici, à Cowansville, en octobre 2027.";
    const dates = [dateFor(text, 'mars', '--03'), dateFor(text, 'octobre 2027', '2027-10')];
    const specs = [['ORG', 'Ville de Gisors'], ['ORG', 'Ville de Cowansville'], ['PLACE', 'Cowansville']] as const;
    const e = agreementFor(text, specs, dates);
    expect(e?.status).toBe('planned');
    expect(e?.place).toBe('Cowansville');
    expect(e?.date).toBe('2027-10');
  });

  it('reads "il devrait l\'être … à X" and an English "it will be signed in X" two sentences on', () => {
    const fr =
      "Les échanges ont fait avancer un projet d'entente entre l'Université de Sfax et l'Université de Campbellton. Le texte n'est pas encore prêt ; il devrait l'être au printemps 2027 à Sfax.";
    const frOut = eventsFor(fr, [['ORG', 'Université de Sfax'], ['ORG', 'Université de Campbellton'], ['PLACE', 'Sfax']], [dateFor(fr, '2027', '2027')]);
    expect(frOut[0]?.place).toBe('Sfax');
    expect(frOut[0]?.date).toBe('2027');
    const en =
      'The Larch Trust and the Fjord Museum intend to sign a memorandum of understanding on archives. The text is still being drafted. If all goes well it will be signed in Tromsø in May 2027.';
    const enOut = eventsFor(en, [['ORG', 'Larch Trust'], ['ORG', 'Fjord Museum'], ['PLACE', 'Tromsø']], [dateFor(en, 'May 2027', '2027-05')], 'en');
    expect(enOut[0]?.place).toBe('Tromsø');
    expect(enOut[0]?.date).toBe('2027-05');
  });

  it('keeps the place of signing the mention already told', () => {
    const text =
      'Kelso College and the Varna Institute will sign a memorandum of understanding in Varna in June 2027. A draft has been exchanged, and the rector hopes to sign it in Bulgaria.';
    const specs = [['ORG', 'Kelso College'], ['ORG', 'Varna Institute'], ['PLACE', 'Varna'], ['PLACE', 'Bulgaria']] as const;
    const [e] = eventsFor(text, specs, [dateFor(text, 'June 2027', '2027-06')], 'en');
    expect(e?.place).toBe('Varna');
  });
});
