import { describe, expect, it } from 'vitest';
import { eventsFor } from './entities-for.js';

describe('an agreement signed in a building named after its town', () => {
  it('was signed in that town, not in the region named beside a side', () => {
    const text = 'Hallam Borough and the Vesk Regional Municipality in Ontario, Canada, signed a friendship agreement on Monday at Hallam City Hall.';
    const [e] = eventsFor(text, [['ORG', 'Hallam Borough'], ['ORG', 'Vesk Regional Municipality'], ['PLACE', 'Ontario'], ['PLACE', 'Canada'], ['PLACE', 'Hallam City Hall'], ['PLACE', 'Hallam']], [], 'en');
    expect(e?.place).toBe('Hallam');
  });

  it('takes no town from a building whose name holds none', () => {
    const text = 'Hallam Borough and the Vesk Regional Municipality signed a friendship agreement on Monday at the Riverside Arts Centre, in Ontario.';
    const [e] = eventsFor(text, [['ORG', 'Hallam Borough'], ['ORG', 'Vesk Regional Municipality'], ['PLACE', 'Ontario'], ['PLACE', 'Riverside Arts Centre']], [], 'en');
    expect(e?.place).toBe('Ontario');
  });
});
