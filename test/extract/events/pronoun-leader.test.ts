import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor, type Spec } from './entities-for.js';

describe('the leader of a trip told in the next sentence', () => {
  it('reads a fronted "Conduite par M. X, elle …"', () => {
    const text =
      "La délégation bretonne a séjourné au Nouveau-Brunswick du 3 au 8 mai. Conduite par M. Yann Kermarrec, elle comprend des élus et des chefs d'entreprise.";
    const [e] = eventsFor(text, [['PLACE', 'Nouveau-Brunswick'], ['PERSON', 'Yann Kermarrec']]);
    expect(e?.signatories).toEqual(['Yann Kermarrec']);
  });

  it('reads "Led by Mayor X, the delegation …"', () => {
    const text = 'A delegation from Tromsø spent a week in Anchorage in June. Led by Mayor Kari Holm, the delegation met fisheries researchers.';
    const [e] = eventsFor(text, [['PLACE', 'Tromsø'], ['PLACE', 'Anchorage'], ['PERSON', 'Kari Holm']], [], 'en');
    expect(e?.signatories).toEqual(['Kari Holm']);
  });
});

describe('a person who is leading the trip named again in the sentence leads it', () => {
  it('reads "Minister X is leading the mission from … to …"', () => {
    const text = 'Kestrel sends a trade mission to Peru this week. Trade Minister Ana Bell is leading the mission from 3 to 8 June.';
    expect(missionFor(text, [['PERSON', 'Ana Bell'], ['PLACE', 'Peru'], ['PLACE', 'Kestrel']], [], 'en')?.signatories).toEqual(['Ana Bell']);
  });

  it('leaves out a person who only welcomed the mission', () => {
    const text = 'Kestrel sends a trade mission to Peru this week. Mayor Luis Paz welcomed the mission on 3 June.';
    expect(missionFor(text, [['PERSON', 'Luis Paz'], ['PLACE', 'Peru'], ['PLACE', 'Kestrel']], [], 'en')?.signatories).toEqual([]);
  });
});

describe('a fronted "Sous la conduite de M. X, elle …"', () => {
  const specs = [['PLACE', 'Valbrune'], ['PLACE', 'Corvanne'], ['PERSON', 'Aldric Venner']] as const;
  it('reads the leader past the abbreviation’s period', () => {
    const text = 'Une délégation de Valbrune a séjourné à Corvanne du 3 au 8 mai. Sous la conduite de M. Aldric Venner, elle a visité le port.';
    expect(missionFor(text, specs)?.signatories).toEqual(['Aldric Venner']);
  });

  it('leaves alone "Sous la conduite de M. X, le port …", which leads no trip', () => {
    const text = 'Une délégation de Valbrune a séjourné à Corvanne du 3 au 8 mai. Sous la conduite de M. Aldric Venner, le port a grandi.';
    expect(missionFor(text, specs)?.signatories).toEqual([]);
  });
});

const VALBRUNE: readonly Spec[] = [['PLACE', 'Valbrune'], ['PLACE', 'Korlinde'], ['PERSON', 'Aurélien Destrac'], ['PERSON', 'Mathis Olleret']];
const valbrune = (text: string, language: 'fr' | 'en' = 'fr') =>
  missionFor(text, VALBRUNE.filter(([, name]) => text.includes(name)), [], language)?.signatories;

describe('a trip’s leaders told after "À sa tête", or as the ones who "led the group"', () => {
  it('reads "À sa tête : <titre>, Y, et <titre>, W" as two leaders', () => {
    expect(
      valbrune('En mai, Korlinde reçoit une délégation de Valbrune. À sa tête : l’adjoint aux finances, Aurélien Destrac, et le directeur du port, Mathis Olleret.'),
    ).toEqual(['Aurélien Destrac', 'Mathis Olleret']);
  });

  it('leaves out a companion after "À sa tête, X, accompagné de Y"', () => {
    expect(valbrune('Une délégation de Valbrune séjourne à Korlinde en mai. À sa tête, le maire Aurélien Destrac, accompagné de son adjoint, Mathis Olleret.')).toEqual([
      'Aurélien Destrac',
    ]);
  });

  it('reads "<title>, X, headed the party"', () => {
    expect(valbrune('A Valbrune delegation spent a week in Korlinde in May. Their harbour master, Aurélien Destrac, headed the party, and Mathis Olleret showed them round.', 'en')).toEqual([
      'Aurélien Destrac',
    ]);
  });

  it('leaves out one who only met the group', () => {
    expect(valbrune('A Valbrune delegation spent a week in Korlinde in May. Their harbour master, Aurélien Destrac, met the party at the station.', 'en')).toEqual([]);
  });
});

describe('a person who plans to lead the trip leads it', () => {
  it('reads "Mayor X, who …, plans to lead the delegation"', () => {
    expect(valbrune('In May a Valbrune delegation goes to Korlinde. Mayor Aurélien Destrac, who is back from a week at the coast, plans to lead the delegation.', 'en')).toEqual([
      'Aurélien Destrac',
    ]);
  });

  it('reads "le maire X devrait conduire la délégation"', () => {
    expect(valbrune('Valbrune enverra une délégation à Korlinde en mai. Le maire Aurélien Destrac devrait conduire la délégation.')).toEqual(['Aurélien Destrac']);
  });

  it('leaves out one who plans to welcome the delegation', () => {
    expect(valbrune('In May a Valbrune delegation goes to Korlinde. Mayor Aurélien Destrac, who is back from a week at the coast, plans to welcome the delegation.', 'en')).toEqual([]);
  });
});
