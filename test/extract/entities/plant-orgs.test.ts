import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const named = (text: string, type: string): string[] => extract(text).entities.filter((e) => e.type === type).map((e) => e.name);

describe('a plant named after the firm that runs it', () => {
  it("takes the firm of \"l'usine X de Y\" as an organization and Y as a town", () => {
    const text = "La délégation municipale a visité mardi l'usine Vextrazor de Porvillac avant de rencontrer les élus du conseil régional.";
    expect(named(text, 'ORG')).toContain('Vextrazor');
    expect(named(text, 'PLACE')).toContain('Porvillac');
  });

  // With no town after it, "l'usine X" still names the firm X (works owners).
  it('takes no firm from a capital word opening the sentence after "l\'usine"', () => {
    const text = "La délégation municipale a visité l'usine. Porvillac a ensuite reçu les élus du conseil régional.";
    expect(named(text, 'ORG')).not.toContain('Porvillac');
  });
});
