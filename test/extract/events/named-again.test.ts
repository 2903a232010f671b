import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('a definite mention names again the event its noun or adjective names', () => {
  it('"après la signature de l\'entente" goes to the entente, not to a convention planned since', () => {
    const text =
      "La Ville de Tarbes et la Ville de Huesca ont signé une entente d'amitié le 3 mai. Par ailleurs, le Lycée Lautréamont et l'Instituto Sierra prévoient de signer une convention d'échange. Photo : Mme Anne Roux et M. Pablo Gil après la signature de l'entente.";
    const out = eventsFor(text, [
      ['ORG', 'Ville de Tarbes'],
      ['ORG', 'Ville de Huesca'],
      ['ORG', 'Lycée Lautréamont'],
      ['ORG', 'Instituto Sierra'],
      ['PERSON', 'Anne Roux'],
      ['PERSON', 'Pablo Gil'],
    ]);
    const planned = out.find((e) => e.parties.includes('Lycée Lautréamont'));
    expect(planned?.status).toBe('planned');
    expect(planned?.signatories).toEqual([]);
  });

  it('"La délégation québécoise" after a "délégation lotoise" was recalled is the Québec trip told first', () => {
    const text =
      "Une délégation de la MRC de Portneuf a séjourné dans le Lot du 3 au 6 juin. Le préfet rappelle qu'une délégation lotoise s'était rendue à Québec en 2023. La délégation québécoise, conduite par le préfet Paul Morin, comptait vingt personnes.";
    const out = eventsFor(text, [['ORG', 'MRC de Portneuf'], ['PLACE', 'Lot'], ['PLACE', 'Québec'], ['PERSON', 'Paul Morin']]);
    const recalled = out.find((e) => e.type === 'mission' && e.kind === 'délégation lotoise');
    expect(recalled?.signatories ?? []).not.toContain('Paul Morin');
  });
});
