import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('"The signing is planned for X" places a planned agreement', () => {
  const specs = [['ORG', 'Valbrune College'], ['ORG', 'Morlanges Institute'], ['PLACE', 'Valbrune']] as const;

  it('reads X after "planned for" as where the signing will be', () => {
    const text = 'Valbrune College and Morlanges Institute intend to sign a memorandum of understanding on teacher education. The signing is planned for Valbrune in May 2027.';
    expect(agreementFor(text, specs, [], 'en')?.place).toBe('Valbrune');
  });

  it('does not read a place after a bare "for" ("funding for X")', () => {
    const text = 'Valbrune College and Morlanges Institute intend to sign a memorandum of understanding on teacher education. The memorandum sets out new funding for Valbrune in May 2027.';
    const plan = agreementFor(text, specs, [], 'en');
    expect(plan).toBeDefined();
    expect(plan?.place).toBeUndefined();
  });
});
