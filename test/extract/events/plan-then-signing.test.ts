import { describe, expect, it } from 'vitest';
import { dateFor, eventsFor } from './entities-for.js';

const agreements = (...args: Parameters<typeof eventsFor>) => eventsFor(...args).filter((e) => e.type === 'agreement');

describe('a plan named with no side, then a signing told with its own noun', () => {
  const specs = [['ORG', 'Arden Town Council'], ['ORG', 'Commune de Velm'], ['ORG', 'Arden College'], ['ORG', 'Velm Marine Station'], ['PLACE', 'Arden']] as const;

  it('keeps "drafting a twinning charter, which they hope to sign" apart from the memorandum signed after it', () => {
    const en =
      'The Arden Town Council and the Commune de Velm signed a letter of intent on Wednesday. It commits both councils to drafting a twinning charter, which they hope to sign in Arden in August 2031. The same afternoon, Arden College signed a memorandum of understanding with the Velm Marine Station.';
    const out = agreements(en, [...specs], [dateFor(en, 'August 2031', '2031-08')], 'en');
    const charter = out.find((e) => e.kind.includes('charter'));
    const memo = out.find((e) => e.kind.includes('memorandum'));
    expect(charter?.status).toBe('planned');
    expect(memo?.status).toBe('signed');
    expect(memo?.parties).toContain('Arden College');
    expect(charter?.parties).not.toContain('Arden College');
  });

  it('still gives a signing told with the same noun to the plan named before it', () => {
    const en =
      'The two towns hope to sign a twinning charter soon. In the end, the Arden Town Council and the Commune de Velm signed a twinning charter on Friday.';
    const out = agreements(en, [['ORG', 'Arden Town Council'], ['ORG', 'Commune de Velm']], [], 'en');
    expect(out).toHaveLength(1);
    expect(out[0]!.status).toBe('signed');
  });
});
