import { describe, expect, it } from 'vitest';
import { agreementFor, eventsFor } from './entities-for.js';

describe('a place that says where a side is, or what it is, is not where it signed', () => {
  it('skips "dont l\'école est installée à X" inside the list of sides', () => {
    const text =
      "Le Collège de Lévis, dont le campus technique est installé à Pintendre, et l'Université de Rennes ont conclu une entente de mobilité étudiante.";
    const specs = [['ORG', 'Collège de Lévis'], ['PLACE', 'Pintendre'], ['ORG', 'Université de Rennes']] as const;
    expect(eventsFor(text, specs)[0]?.place).toBeUndefined();
  });

  it('skips "a city of 40,000 in Japan\'s X Prefecture" and "a partner in Japan"', () => {
    const text =
      "Mayor Ann Ford and Mayor Ken Sato of Obama, a city of 40,000 in Japan's Fukui Prefecture, signed a sister city agreement between the City of Astoria and the City of Obama on Friday.";
    const specs = [['PLACE', 'Obama'], ['PLACE', 'Japan'], ['PLACE', 'Fukui Prefecture'], ['ORG', 'City of Astoria'], ['ORG', 'City of Obama']] as const;
    const e = agreementFor(text, specs, [], 'en');
    expect(e?.place).toBeUndefined();
    const partner = 'Astoria has its first sister city agreement, joining the towns of Oregon with a partner in Japan.';
    const p = agreementFor(partner, [['PLACE', 'Astoria'], ['PLACE', 'Oregon'], ['PLACE', 'Japan']], [], 'en');
    expect(p?.place).toBeUndefined();
  });

  it('keeps a town named with a possessive venue ("in Tolosa\'s old town hall")', () => {
    const text = "The City of Reno and the City of Tolosa renewed their sister city agreement on Oct. 2 in Tolosa's old town hall.";
    const specs = [['PLACE', 'Tolosa'], ['ORG', 'City of Reno'], ['ORG', 'City of Tolosa']] as const;
    expect(eventsFor(text, specs, [], 'en')[0]?.place).toBe('Tolosa');
  });
});
