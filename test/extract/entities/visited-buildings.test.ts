import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an English building named before its head, where something happens', () => {
  it('reads a centre where a deal was signed and a hospital toured as places', () => {
    const text = 'The memorandum was signed on Tuesday at the Harbour Arts Centre. The delegation toured Royal Dunmore Hospital.';
    expect(namesOf(text, 'PLACE', 'en')).toEqual(['Harbour Arts Centre', 'Royal Dunmore Hospital']);
  });

  it('keeps a research centre, and a hospital that signs, as bodies', () => {
    const text = 'Staff at the Dunmore Research Centre welcomed the news. Greenvale Hospital signed a deal with the port.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Dunmore Research Centre', 'Greenvale Hospital']);
  });
});
