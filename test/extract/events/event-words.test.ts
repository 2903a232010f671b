import { describe, expect, it } from 'vitest';
import { findEventWords } from '../../../src/extract/events/event-words.js';
import { findAllTriggers } from '../../../src/extract/events/find-triggers.js';
import { EntityIndex } from '../../../src/extract/events/entity-index.js';
import { titleZones } from '../../../src/extract/events/title-zones.js';

describe('findEventWords', () => {
  const text = "La mairesse de Lévis et le délégué général ont signé un protocole d'accord; une délégation, menée par la ministre, visite Paris (administre, Xmission).";

  it('finds the trigger nouns and the title words, those inside a word included', () => {
    const { nouns, titles } = findEventWords(text);
    expect(nouns.map((s) => text.slice(s.start, s.end))).toEqual(["protocole d'accord", 'délégation', 'visite', 'mission']);
    expect(titles.map((s) => text.slice(s.start, s.end))).toEqual(['mairesse', 'délégué', 'ministre', 'ministre']);
  });

  it('resumes after a match inside a word, so the word-starting match it overlaps is found', () => {
    const inside = "Un texte: avant-projetprotocole d'entente; le Xsous-ministre était là.";
    const { nouns, titles } = findEventWords(inside);
    expect(nouns.map((s) => inside.slice(s.start, s.end))).toContain('entente');
    expect(titles.map((s) => inside.slice(s.start, s.end))).toContain('ministre');
    const index = new EntityIndex([]);
    expect(findAllTriggers(inside, nouns)).toEqual(findAllTriggers(inside));
    expect(titleZones(inside, index, titles)).toEqual(titleZones(inside, index));
    expect(titleZones(inside, index).map((z) => inside.slice(z.start, z.start + 8))).toEqual(['ministre']);
  });

  it('gives the triggers and title zones of a pass per list', () => {
    const { nouns, titles } = findEventWords(text);
    const index = new EntityIndex([]);
    expect(findAllTriggers(text, nouns)).toEqual(findAllTriggers(text));
    expect(titleZones(text, index, titles)).toEqual(titleZones(text, index));
  });
});
