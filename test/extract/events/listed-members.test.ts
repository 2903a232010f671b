import { describe, expect, it } from 'vitest';
import { missionFor } from './entities-for.js';

describe('the bodies listed one per line after a trip sentence travel with the trip', () => {
  it('adds the firms of a bulleted list after "included four firms from the valley:"', () => {
    const text =
      'The trade mission to Norway, held March 3-7, was led by the Halden Chamber and included four firms from the valley:\n\n- Polar Net Systems, Halden\n- Fjordline Robotics, Moss\n\nThe group was back on March 8.';
    const e = missionFor(text, [['ORG', 'Halden Chamber'], ['ORG', 'Polar Net Systems'], ['ORG', 'Fjordline Robotics'], ['PLACE', 'Norway'], ['PLACE', 'Halden'], ['PLACE', 'Moss']], [], 'en');
    expect(e?.parties).toEqual(expect.arrayContaining(['Halden Chamber', 'Polar Net Systems', 'Fjordline Robotics']));
    expect(e?.parties).not.toContain('Moss');
  });

  it('reads "Les entreprises de la délégation étaient :" in the sentence after the trip', () => {
    const text =
      "Une délégation de Villeneuve a séjourné à Carouge du 3 au 6 juin. Les entreprises de la délégation étaient :\n• Textiles Morel (Villeneuve)\n• Atelier Brun (Agen)\nLe retour est prévu le 7 juin.";
    const e = missionFor(text, [['ORG', 'Textiles Morel'], ['ORG', 'Atelier Brun'], ['PLACE', 'Villeneuve'], ['PLACE', 'Carouge'], ['PLACE', 'Agen']]);
    expect(e?.parties).toEqual(expect.arrayContaining(['Textiles Morel', 'Atelier Brun']));
  });

  it('leaves out the firms listed as those the travellers met', () => {
    const text =
      'A delegation from Tromsø visited Halden from May 4 to May 7. The delegation met these local companies:\n- Polar Net Systems\n- Fjordline Robotics';
    const e = missionFor(text, [['ORG', 'Polar Net Systems'], ['ORG', 'Fjordline Robotics'], ['PLACE', 'Tromsø'], ['PLACE', 'Halden']], [], 'en');
    expect(e?.parties).not.toContain('Polar Net Systems');
  });
});
