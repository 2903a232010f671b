import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('an abbreviated month after a body', () => {
  it('ends the body before "on Oct."', () => {
    const text = 'The agreement was approved by the Velmor Board of Trustees on Oct. 14 and signed.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Velmor Board of Trustees']);
  });

  it('keeps a name word that only begins like a month', () => {
    const text = 'The agreement was approved by the Octavia Board of Trustees on Monday.';
    expect(namesOf(text, 'ORG', 'en')).toEqual(['Octavia Board of Trustees']);
  });
});
