import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor, eventsFor } from './entities-for.js';

describe('a planned agreement dated by the signing told around it', () => {
  it('takes the date of the trip told before "y signeront"', () => {
    const text =
      "Une délégation de Gap se rendra à Tulcea en mai 2027, pour la fête du Danube. La CMA des Hautes-Alpes et la Chambre de Tulcea y signeront une convention de partenariat.";
    const [e] = agreementsFor(
      text,
      [['ORG', 'CMA des Hautes-Alpes'], ['ORG', 'Chambre de Tulcea'], ['PLACE', 'Tulcea'], ['PLACE', 'Gap']],
      [dateFor(text, 'mai 2027', '2027-05')],
    );
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2027-05');
  });

  it('takes the date of the next sentence\'s "both sides expect to sign in March 2027"', () => {
    const text =
      'The Tucson Chamber of Commerce and the Chamber of Hermosillo are drafting a cooperation agreement on supplier matchmaking. Chamber president Rosa Vidal said both sides "agree on the goals" and expect to sign in March 2027 in Tucson, at the border summit.';
    const [e] = eventsFor(
      text,
      [['ORG', 'Tucson Chamber of Commerce'], ['ORG', 'Chamber of Hermosillo'], ['PERSON', 'Rosa Vidal'], ['PLACE', 'Tucson']],
      [dateFor(text, 'March 2027', '2027-03')],
      'en',
    );
    expect(e?.status).toBe('planned');
    expect(e?.date).toBe('2027-03');
  });

  it('leaves undated a plan whose next sentence recalls an earlier signing', () => {
    const text =
      "La CCI des Hautes-Alpes et la Chambre de Tulcea préparent un protocole d'accord sur le tourisme. Il prolonge une convention signée en 2017 par leurs prédécesseurs.";
    const [e] = eventsFor(text, [['ORG', 'CCI des Hautes-Alpes'], ['ORG', 'Chambre de Tulcea']], [dateFor(text, '2017', '2017')]);
    expect(e?.date).toBeUndefined();
  });

  it('leaves undated a plan with no "y" before its signing verb', () => {
    const text =
      "Une délégation de Gap se rendra à Tulcea en mai 2027, pour la fête du Danube. La CMA des Hautes-Alpes et la Chambre de Tulcea souhaitent signer un jour une convention de partenariat.";
    const [e] = agreementsFor(
      text,
      [['ORG', 'CMA des Hautes-Alpes'], ['ORG', 'Chambre de Tulcea'], ['PLACE', 'Tulcea'], ['PLACE', 'Gap']],
      [dateFor(text, 'mai 2027', '2027-05')],
    );
    expect(e?.date).toBeUndefined();
  });
});
