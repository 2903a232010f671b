import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const trip = (text: string) => extract(text).events.find((e) => e.type === 'mission');

describe('a delegation named by its country adjective travels for that country beside its bodies', () => {
  it('reads "une délégation norvégienne" of bodies from a Norwegian town as Norway too', () => {
    const text =
      'Une délégation norvégienne a séjourné à Rimouski du 3 au 7 juin. Elle comprenait des représentants de la Ville de Drammen et de la Chambre de commerce de Drammen. Elle a été reçue par la Ville de Rimouski. La Norvège exporte du poisson depuis des siècles.';
    expect(trip(text)?.parties).toEqual(expect.arrayContaining(['Ville de Drammen', 'Chambre de commerce de Drammen', 'Norvège']));
  });

  it('leaves out a country that holds none of the travelling bodies', () => {
    const text =
      'Une délégation japonaise a séjourné à Rimouski du 3 au 7 juin. Elle comprenait des représentants de la Ville de Drammen et de la Chambre de commerce de Drammen. Elle a été reçue par la Ville de Rimouski. Le Japon exporte du poisson depuis des siècles.';
    const found = trip(text);
    expect(found).toBeDefined();
    expect(found!.parties).not.toContain('Japon');
  });
});
