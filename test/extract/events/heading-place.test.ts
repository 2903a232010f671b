import { describe, expect, it } from 'vitest';
import { agreementsFor, eventsFor } from './entities-for.js';

describe('agreements told under a section heading', () => {
  it('are placed where the heading says the texts were signed', () => {
    const text = [
      'Une mission de trois jours',
      '',
      "La délégation de la Région Bretagne a rencontré des industriels de la pêche.",
      '',
      'Trois accords signés à Halifax',
      '',
      "Le lundi 4 mai, le Pôle Mer Bretagne et l'Ocean Cluster Nova Scotia ont signé un protocole de coopération sur l'aquaculture.",
      '',
      "Le même jour, l'Université de Brest et l'Université Dalhousie ont conclu un accord d'échanges.",
    ].join('\n');
    const agreements = agreementsFor(text, [
      ['ORG', 'Pôle Mer Bretagne'],
      ['ORG', 'Ocean Cluster Nova Scotia'],
      ['ORG', 'Université de Brest'],
      ['ORG', 'Université Dalhousie'],
      ['ORG', 'Région Bretagne'],
      ['PLACE', 'Halifax'],
    ]);
    expect(agreements.length).toBeGreaterThanOrEqual(2);
    for (const e of agreements) expect(e.place).toBe('Halifax');
  });

  it('leave a text recalled by its year unplaced', () => {
    const text = [
      'Two agreements signed in Halifax',
      '',
      'The Port of Brest and the Port of Halifax signed a memorandum on Monday.',
      '',
      'The two ports are already bound by a pilotage convention signed in 2009.',
    ].join('\n');
    const out = eventsFor(
      text,
      [['ORG', 'Port of Brest'], ['ORG', 'Port of Halifax'], ['PLACE', 'Halifax']],
      [{ start: text.indexOf('2009'), end: text.indexOf('2009') + 4, text: '2009', value: '2009' }],
      'en',
    );
    expect(out.find((e) => e.kind.includes('convention'))?.place).toBeUndefined();
  });
});
