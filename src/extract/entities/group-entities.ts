import type { ExtractedEntity, GeoPoint, Span } from '../types.js';
import type { Analysis, Candidate, NamedType } from './candidate.js';
import { spanText } from './candidate.js';
import { fold } from './tokenize.js';

/** An entity being assembled from its mentions. */
export interface EntityDraft {
  type: NamedType;
  name: string;
  aliases: Set<string>;
  confidence: number;
  mentions: Span[];
  geo?: GeoPoint;
}

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Accent-free, case-free, punctuation-free form used to decide two names are one. */
export function nameKey(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    key = fold(name).replace(NON_ALNUM, ' ').trim().replace(/^(?:le|la|les|l|the) /, '');
    if (KEY_CACHE.size < 10_000) KEY_CACHE.set(name, key);
  }
  return key;
}
const KEY_CACHE = new Map<string, string>();

/** Compact key for acronyms: "CRITT M2A" and "CRITTM2A", "CTTÉI" and "CTTEI" meet. */
export function acronymKey(name: string): string {
  return fold(name).replace(NON_ALNUM, '');
}

/** A one-mention draft of a candidate. */
export function draftOf(a: Analysis, c: Candidate): EntityDraft {
  const start = a.tokens[c.start]!.start;
  const end = a.tokens[c.end - 1]!.end;
  return {
    type: c.type,
    name: spanText(a, c.start, c.end),
    aliases: new Set(c.aliases ?? []),
    confidence: c.confidence,
    mentions: [{ start, end }],
  };
}

/** Adds `other`'s mentions and forms to `into`; the longer name becomes the name. */
export function absorb(into: EntityDraft, other: EntityDraft): void {
  const [longer, shorter] = other.name.length > into.name.length ? [other.name, into.name] : [into.name, other.name];
  into.name = longer;
  if (nameKey(shorter) !== nameKey(longer)) into.aliases.add(shorter);
  for (const alias of other.aliases) into.aliases.add(alias);
  into.mentions.push(...other.mentions);
  into.confidence = Math.max(into.confidence, other.confidence);
  into.geo ??= other.geo;
}

/** The draft as an ExtractedEntity: aliases deduplicated, mentions in text order. */
export function finish(d: EntityDraft): ExtractedEntity {
  const key = nameKey(d.name);
  const aliases = [...d.aliases].filter((x) => nameKey(x) !== key && x.trim() !== '');
  const mentions = [...d.mentions].sort((x, y) => x.start - y.start);
  const base = { type: d.type, name: d.name, confidence: round(d.confidence), mentions };
  const withAliases = aliases.length > 0 ? { ...base, aliases: [...new Set(aliases)] } : base;
  return d.geo ? { ...withAliases, geo: d.geo } : withAliases;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
