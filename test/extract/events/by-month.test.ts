import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

describe('a plan to sign "d\'ici juin 2027"', () => {
  it('is dated by that month, and "d\'ici la fin de 2026" by that year', () => {
    const text = "Le lycée Hoche et le Cégep de Sorel prévoient de signer une entente d'échange d'élèves d'ici juin 2027.";
    const [e] = eventsFor(text, [['ORG', 'lycée Hoche'], ['ORG', 'Cégep de Sorel']], [dateFor(text, 'juin 2027', '2027-06')]);
    expect(e?.date).toBe('2027-06');
    const end = "Le lycée Hoche et le Cégep de Sorel prévoient de signer une entente d'ici la fin de 2026.";
    const [f] = eventsFor(end, [['ORG', 'lycée Hoche'], ['ORG', 'Cégep de Sorel']], [dateFor(end, '2026', '2026')]);
    expect(f?.date).toBe('2026');
  });
});
