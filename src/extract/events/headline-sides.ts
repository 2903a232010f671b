import type { ExtractedEntity } from '../types.js';
import type { EventDraft } from './merge-mentions.js';
import { sameParty } from './same-party.js';

/**
 * "CÔTE D'IVOIRE/ LA FRANCE RENOUVELLE SA COOPÉRATION DE JUMELAGE AVEC BOUAKÉ", then "la charte
 * de jumelage entre Bouaké et Villebrune-sur-Orbe": a headline names the sides loosely (countries for
 * towns); when the body names two sides, a side that only the headline names is none.
 */
export function withoutHeadlineOnlySides(drafts: readonly EventDraft[], text: string): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.parties.length < 3) continue;
    const body = d.mentions.filter((m) => !isHeadingLine(text, m.sentence.start));
    if (body.length === d.mentions.length) continue;
    const told: ExtractedEntity[] = [];
    for (const m of body) for (const p of m.parties) if (!told.includes(p)) told.push(p);
    const kept = d.parties.filter((p) => told.some((t) => sameParty(t, p)));
    if (kept.length >= 2) d.parties = kept;
  }
}

// A headline is a short line with no closing punctuation.
const HEADLINE_LENGTH = 140;

function isHeadingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  const end = newline < 0 ? text.length : newline;
  if (end - start > HEADLINE_LENGTH) return false;
  return !/[.!?»"”]\s*$/u.test(text.slice(start, end));
}
