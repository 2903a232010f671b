import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../../src/extract/text/space-code.js';

describe('isSpaceCode', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });

  it('reads a no-break space and a narrow one as space, a letter and a hyphen as none', () => {
    expect(['\u00a0', '\u202f', '\t'].map((s) => isSpaceCode(s.charCodeAt(0)))).toEqual([true, true, true]);
    expect(['a', '-', '’'].map((s) => isSpaceCode(s.charCodeAt(0)))).toEqual([false, false, false]);
  });
});
