import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/extract.js';

describe('an agreement signed in the council chambers of a council named after its town', () => {
  it('is placed in the town the council name holds ("Greater X City Council")', () => {
    const text =
      'Greater Bendigo City Council and the Tsuruoka Municipal Government signed a friendship agreement at a ceremony in the council chambers on Tuesday 4 May. The Tsuruoka delegation spent three days in Bendigo.';
    const signing = extract(text).events.find((e) => e.type === 'agreement');
    expect(signing?.place).toBe('Bendigo');
  });

  it('stays unplaced when the sentence names no town hall', () => {
    const text =
      'Greater Bendigo City Council and the Tsuruoka Municipal Government signed a friendship agreement on Tuesday 4 May. The Tsuruoka delegation spent three days in Bendigo.';
    const signing = extract(text).events.find((e) => e.type === 'agreement');
    expect(signing?.place).toBeUndefined();
  });
});
