import { describe, expect, it } from 'vitest';
import { agreementsFor, dateFor } from './entities-for.js';

const SPECS = [
  ['ORG', 'Ville de Morvaux'], ['ORG', 'Commune de Tessan'], ['ORG', 'lycée Jean-Brisard'], ['ORG', 'lycée moderne de Tessan'],
  ['PLACE', 'Tessan'], ['PLACE', 'Morvaux'],
] as const;

function schoolDeal(third: string): string | undefined {
  const text =
    `Une délégation de la Ville de Morvaux a séjourné à Tessan du 5 au 9 octobre 2026, reçue par la Commune de Tessan. Le maire conduira une nouvelle délégation de la Ville de Morvaux à Tessan en avril 2027. ${third}`;
  const dates = [dateFor(text, 'du 5 au 9 octobre 2026', '2026-10-05/2026-10-09'), dateFor(text, 'avril 2027', '2027-04')];
  return agreementsFor(text, [...SPECS], dates).find((a) => a.parties.includes('lycée Jean-Brisard'))?.date;
}

describe('a plan signed during the trip just announced', () => {
  it('"Au cours de ce séjour, A et B doivent signer" takes the announced trip\'s date, not the earlier stay\'s', () => {
    expect(schoolDeal('Au cours de ce séjour, le lycée Jean-Brisard et le lycée moderne de Tessan doivent signer une convention de partenariat scolaire.')).toBe('2027-04');
  });

  it('"A et B doivent signer pendant cette visite" takes the announced trip\'s date', () => {
    expect(schoolDeal('Le lycée Jean-Brisard et le lycée moderne de Tessan doivent signer une convention de partenariat scolaire pendant cette visite.')).toBe('2027-04');
  });

  it('leaves a signing done during the stay told before on that stay', () => {
    const text =
      "Une délégation de la Ville de Morvaux a séjourné à Tessan du 5 au 9 octobre 2026, reçue par la Commune de Tessan. Au cours de ce séjour, le lycée Jean-Brisard et le lycée moderne de Tessan ont signé une convention de partenariat scolaire.";
    const out = agreementsFor(text, [...SPECS], [dateFor(text, 'du 5 au 9 octobre 2026', '2026-10-05/2026-10-09')]);
    expect(out.find((a) => a.parties.includes('lycée Jean-Brisard'))?.date).toBe('2026-10-05/2026-10-09');
  });
});
