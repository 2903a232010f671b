import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a museum named before its head, where a visit or an event happens', () => {
  it('reads a museum toured or hosting a reception as a place', () => {
    const text = 'The visitors toured the Old Quarry Mining Museum on Monday. A dinner was held at the Linwood Textile Museum.';
    expect(namesOf(text, 'PLACE', 'en')).toEqual(expect.arrayContaining(['Old Quarry Mining Museum', 'Linwood Textile Museum']));
    expect(namesOf(text, 'ORG', 'en')).toEqual([]);
  });

  it('leaves a museum whose name goes on past its head as it was', () => {
    const text = 'The charter was signed at the Linwood Textile Museum and Archives. A dinner was held at the Brackenfield Rail Museum Kent.';
    expect(namesOf(text, 'PLACE', 'en')).not.toContain('Linwood Textile Museum');
    expect(namesOf(text, 'PLACE', 'en')).not.toContain('Brackenfield Rail Museum');
  });

  it('keeps a museum that hosts or receives as a body', () => {
    const text = 'The group was hosted by the Linwood Textile Museum. A grant was given to Brackenfield Museum.';
    expect(namesOf(text, 'ORG', 'en').sort()).toEqual(['Brackenfield Museum', 'Linwood Textile Museum']);
  });
});
