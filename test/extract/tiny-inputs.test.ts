import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';

// Short texts reach the edges of every token window: a lone article on a line once read past its segment.
const TINY = ['', ' ', 'The', 'Le', "L'", 'Some text.\nLe', 'Radio', 'Le Radio', 'Communiqué\nLa\n', '—\nThe\n—', 'Pilotée par', 'Written by'];

describe('extract on tiny inputs', () => {
  it.each(TINY)('returns a record for %j', (text) => {
    const record = extract(text);
    expect(Array.isArray(record.entities)).toBe(true);
    expect(Array.isArray(record.events)).toBe(true);
  });
});
