import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

const named = (text: string, type: string): string[] => extract(text).entities.filter((e) => e.type === type).map((e) => e.name);

describe('a plant named after the firm that runs it', () => {
  it("takes the firm of \"l'usine X de Y\" as an organization and Y as a town", () => {
    const text = "La délégation municipale a visité mardi l'usine Vextrazor de Porvillac avant de rencontrer les élus du conseil régional.";
    expect(named(text, 'ORG')).toContain('Vextrazor');
    expect(named(text, 'PLACE')).toContain('Porvillac');
  });

  it('takes no firm from a plant with no town after it, nor from a capital word opening a sentence', () => {
    const text = "La délégation municipale a visité l'usine Vextrazor ce mardi. Elle a rencontré les élus du conseil régional.";
    expect(named(text, 'ORG')).not.toContain('Vextrazor');
  });
});
