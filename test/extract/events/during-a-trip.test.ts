import { describe, expect, it } from 'vitest';
import { agreementFor } from './entities-for.js';

describe('a plan to sign "lors de la venue d\'une délégation à X" takes the trip\'s place', () => {
  const specs = [['ORG', 'Collège de Valbrune'], ['ORG', 'Lycée de Morlanges'], ['PLACE', 'Morlanges']] as const;

  it('places the planned signing where the announced trip goes ("lors de la venue d\'une délégation … à X")', () => {
    const text = "Le Collège de Valbrune et le Lycée de Morlanges prévoient de signer une convention d'échanges, lors de la venue d'une délégation valbrunoise à Morlanges.";
    expect(agreementFor(text, specs)?.place).toBe('Morlanges');
  });

  it('leaves a plan told beside a trip, not during it, without the trip\'s place', () => {
    const text = "Le Collège de Valbrune et le Lycée de Morlanges prévoient de signer une convention d'échanges, après la venue d'une délégation valbrunoise à Morlanges.";
    const plan = agreementFor(text, specs);
    expect(plan).toBeDefined();
    expect(plan?.place).toBeUndefined();
  });
});
