import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('an agreement signed "at the same ceremony"', () => {
  it('takes the day and place of the signing told before it as signed on a day', () => {
    const text =
      'On Tuesday, June 9, the Port of Halden and the Tromsø Harbour Authority signed a memorandum of understanding in Tromsø. In March 2024 the Halden Fish Council had signed a letter of intent with Nordlab in Oslo. At the same ceremony, Fjord Pumps and Kelpworks signed a supply agreement.';
    const dates = [dateFor(text, 'Tuesday, June 9', '--06-09'), dateFor(text, 'March 2024', '2024-03')];
    const out = eventsFor(
      text,
      [['ORG', 'Port of Halden'], ['ORG', 'Tromsø Harbour Authority'], ['ORG', 'Halden Fish Council'], ['ORG', 'Nordlab'], ['ORG', 'Fjord Pumps'], ['ORG', 'Kelpworks'], ['PLACE', 'Tromsø'], ['PLACE', 'Oslo']],
      dates,
      'en',
    );
    expect(out.find((e) => e.parties.includes('Kelpworks'))).toMatchObject({ date: '--06-09', place: 'Tromsø' });
  });

  it('reads "lors de la même cérémonie"', () => {
    const text =
      "Le 4 mai, à Rimouski, la Ville de Rimouski et la Ville de Brest ont signé une charte d'amitié. Lors de la même cérémonie, le Cégep de Rimouski et le Lycée de Brest ont conclu une entente d'échange, que le Lycée de Brest avait proposée à Paris.";
    const dates = [dateFor(text, '4 mai', '--05-04')];
    const out = eventsFor(text, [['ORG', 'Ville de Rimouski'], ['ORG', 'Ville de Brest'], ['ORG', 'Cégep de Rimouski'], ['ORG', 'Lycée de Brest'], ['PLACE', 'Rimouski'], ['PLACE', 'Paris']], dates);
    expect(out.find((e) => e.parties.includes('Cégep de Rimouski'))).toMatchObject({ date: '--05-04', place: 'Rimouski' });
  });
});
