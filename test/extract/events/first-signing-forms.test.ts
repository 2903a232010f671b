import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

describe('the first signing of a renewed agreement, told without a comma or in the next sentence', () => {
  it('reads "the exchange agreement they first signed in May 2011 in Tromsø" as the first signing', () => {
    const text =
      'On the same morning, Lakeview College and Fjordland University renewed the exchange agreement they first signed in May 2011 in Tromsø.';
    const agreements = agreementsFor(text, [['ORG', 'Lakeview College'], ['ORG', 'Fjordland University'], ['PLACE', 'Tromsø']], [dateFor(text, 'May 2011', '2011-05')], 'en');
    expect(agreements).toHaveLength(2);
    expect(agreements.find((a) => a.place === 'Tromsø')).toMatchObject({ date: '2011-05', parties: ['Lakeview College', 'Fjordland University'] });
  });

  it('reads "Il avait été signé une première fois en juin 2012 à Champagnole" after a renewal as the first signing', () => {
    const text =
      "L'Université de Bourgogne et l'Université de Sherbrooke ont renouvelé leur accord d'échange le 3 octobre. Il avait été signé une première fois en juin 2012 à Champagnole.";
    const agreements = renewedExchange(text);
    expect(agreements).toHaveLength(2);
    expect(agreements[1]).toMatchObject({ date: '2012-06', place: 'Champagnole', status: 'signed' });
  });

  it('does not read a first discussion as a first signing', () => {
    const text =
      "L'Université de Bourgogne et l'Université de Sherbrooke ont renouvelé leur accord d'échange le 3 octobre. Il avait été discuté une première fois en juin 2012 à Champagnole.";
    const agreements = renewedExchange(text);
    expect(agreements).toHaveLength(1);
  });
});

function renewedExchange(text: string) {
  const specs = [['ORG', 'Université de Bourgogne'], ['ORG', 'Université de Sherbrooke'], ['PLACE', 'Champagnole']] as const;
  return agreementsFor(text, [...specs], [dateFor(text, '3 octobre', '--10-03'), dateFor(text, 'juin 2012', '2012-06')]);
}
