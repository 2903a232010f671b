import { describe, expect, it } from 'vitest';
import { eventsFor, missionFor } from './entities-for.js';

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
