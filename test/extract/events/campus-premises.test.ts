import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';
import { eventsFor } from './entities-for.js';

describe('a signing on a campus or at a body’s premises is placed in their town', () => {
  it('reads "at the college\'s Kamloops campus" and "au campus de Rimouski"', () => {
    const en = "The Okanagan Institute and Hokkai College signed a memorandum of understanding at the college's Kamloops campus.";
    const [e] = eventsFor(en, [['ORG', 'Okanagan Institute'], ['ORG', 'Hokkai College'], ['PLACE', 'Kamloops']], [], 'en');
    expect(e?.place).toBe('Kamloops');
    const fr = "Le Cégep de Matane et le lycée Jean-Bart ont signé le 7 octobre, au campus de Rimouski, une entente d'échanges d'étudiants.";
    const [f] = eventsFor(fr, [['ORG', 'Cégep de Matane'], ['ORG', 'lycée Jean-Bart'], ['PLACE', 'Rimouski']]);
    expect(f?.place).toBe('Rimouski');
  });

  it('reads "at X\'s headquarters" as the town in the body\'s name, even when no mention of the town is nested there', () => {
    const text = `Port Aberdeen and Marseille Fos sign memorandum

ABERDEEN, 3 March 2026 – Port Aberdeen and the Marseille Fos Port Authority have signed a memorandum of understanding on green shipping. The memorandum was signed on Monday 2 March at Port Aberdeen's headquarters by chief executive Ann Ross and the director of the Marseille Fos Port Authority, Paul Marin. The signing took place during a visit by a French delegation to Scotland from 1 to 4 March.`;
    const deal = extract(text).events.find((e) => e.type === 'agreement');
    expect(deal?.place).toBe('Aberdeen');
  });
});
