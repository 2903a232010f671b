import { findPlaces } from '../places/find-places.js';
import type { ExtractedEntity, Language, Span } from '../types.js';
import { findNamedEntities } from './find-named-entities.js';

/**
 * Texts longer than this are read in chunks cut at line or sentence ends: an article
 * (a few thousand chars) is one chunk, so its results do not depend on the limit; a
 * 1 MB dump is read as ~50 independent pieces whose entities are merged by name. Across
 * chunks, an acronym defined in one chunk and a surname used alone in another are not
 * linked: that is the price of keeping memory and time flat on hostile inputs.
 */
export const ENTITY_CHUNK_CHARS = 20_000;
/**
 * Entities are read from at most this many chars (about 30,000 words, a 60-page report):
 * beyond it a text is a dump, not a press article, and reading it whole would cost
 * seconds. What lies further is not searched; mentions found keep their true offsets.
 */
export const MAX_ENTITY_CHARS = 200_000;
// A cut looks this far back for a line or sentence end before cutting mid-text.
const CUT_WINDOW = 2_000;

/**
 * ORG, PERSON and PLACE entities of a document: places from the gazetteer
 * (`findPlaces`), people and organizations from our rules, overlaps reconciled (a place
 * inside a person's name is dropped; a place inside an organization's name stays a
 * place of its own).
 */
export function extractNamedEntities(text: string, language: Language): ExtractedEntity[] {
  if (text.length <= ENTITY_CHUNK_CHARS) return findNamedEntities(text, language, findPlaces(text, language));
  const merged = new Map<string, { entity: ExtractedEntity; aliases: Set<string>; mentions: Span[] }>();
  for (const [from, to] of chunkBounds(text.length > MAX_ENTITY_CHARS ? text.slice(0, MAX_ENTITY_CHARS) : text)) {
    const piece = text.slice(from, to);
    for (const e of findNamedEntities(piece, language, findPlaces(piece, language))) {
      const key = `${e.type}\u0000${e.name}`;
      const mentions = e.mentions.map((m) => ({ start: m.start + from, end: m.end + from }));
      const seen = merged.get(key);
      if (seen) {
        seen.mentions.push(...mentions);
        for (const a of e.aliases ?? []) seen.aliases.add(a);
      } else merged.set(key, { entity: e, aliases: new Set(e.aliases ?? []), mentions });
    }
  }
  return [...merged.values()].map(({ entity, aliases, mentions }) => ({
    ...entity,
    ...(aliases.size > 0 ? { aliases: [...aliases] } : {}),
    mentions,
  }));
}

/** [from, to) char ranges of at most ENTITY_CHUNK_CHARS, cut after a newline or ". " when one is near. */
export function chunkBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + ENTITY_CHUNK_CHARS);
    if (to < text.length) to = cutPoint(text, from, to);
    out.push([from, to]);
    from = to;
  }
  return out;
}

function cutPoint(text: string, from: number, to: number): number {
  const floor = Math.max(from + 1, to - CUT_WINDOW);
  const line = text.lastIndexOf('\n', to - 1);
  if (line >= floor) return line + 1;
  for (let k = to - 1; k > floor; k--) {
    if (text.charCodeAt(k) === 32 && '.!?'.includes(text[k - 1]!)) return k + 1;
  }
  for (let k = to - 1; k > floor; k--) if (text.charCodeAt(k) === 32) return k + 1;
  return to;
}
