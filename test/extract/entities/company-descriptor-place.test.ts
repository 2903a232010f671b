import { describe, expect, it } from 'vitest';
import { namesOf } from './helpers.js';

describe('a descriptor noun, then "de la …" and a place', () => {
  it('says where the companies are, it names none', () => {
    const text = "Elle a visité plusieurs entreprises de la vallée de l'Ubaye avec les élus.";
    const at = text.indexOf('vallée');
    const place = { start: at, end: text.indexOf(' avec'), name: "vallée de l'Ubaye", confidence: 0.9, kind: 'feature' };
    expect(namesOf(text, 'ORG', 'fr', [place])).toEqual([]);
  });
});
