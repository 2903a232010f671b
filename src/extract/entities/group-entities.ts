import type { ExtractedEntity, GeoPoint, Span } from '../types.js';
import type { Analysis, Candidate, NamedType } from './candidate.js';
import { spanText } from './candidate.js';
import { fold } from './tokenize.js';

/** An entity being assembled from its mentions. */
export interface EntityDraft {
  type: NamedType;
  name: string;
  /** nameKey(name), kept with the name (worked out once per draft, not at each question). */
  key: string;
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

/** Compact key for acronyms: "CRITT B3T" and "CRITTB3T", "CRDÉI" and "CRDEI" meet. */
export function acronymKey(name: string): string {
  return acronymKeyOfFold(fold(name));
}

/** `acronymKey` of a name already folded (a token's `fold`). */
export function acronymKeyOfFold(folded: string): string {
  if (isLowerAlnum(folded)) return folded;
  // In ASCII the letters and digits are a-z, 0-9 (a fold has no capital): a plain regex does.
  return isAscii(folded) ? folded.replace(ASCII_NON_ALNUM, '') : folded.replace(NON_ALNUM, '');
}
const ASCII_NON_ALNUM = /[^a-z0-9]+/g;

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

/** Only a-z and 0-9: nothing for NON_ALNUM to remove (most keys; the regex is the slow part). */
function isLowerAlnum(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** A one-mention draft of a candidate. */
export function draftOf(a: Analysis, c: Candidate): EntityDraft {
  const start = a.tokens[c.start]!.start;
  const end = a.tokens[c.end - 1]!.end;
  const name = spanText(a, c.start, c.end);
  return {
    type: c.type,
    name,
    key: nameKey(name),
    aliases: new Set(c.aliases ?? []),
    confidence: c.confidence,
    mentions: [{ start, end }],
  };
}

/** Adds `other`'s mentions and forms to `into`; the longer name becomes the name. */
export function absorb(into: EntityDraft, other: EntityDraft): void {
  const otherLonger = other.name.length > into.name.length;
  const shorter = otherLonger ? into.name : other.name;
  if (into.key !== other.key) into.aliases.add(shorter);
  if (otherLonger) {
    into.name = other.name;
    into.key = other.key;
  }
  for (const alias of other.aliases) into.aliases.add(alias);
  into.mentions.push(...other.mentions);
  into.confidence = Math.max(into.confidence, other.confidence);
  into.geo ??= other.geo;
}

/** The draft as an ExtractedEntity: aliases deduplicated, mentions in text order. */
export function finish(d: EntityDraft): ExtractedEntity {
  const key = d.key;
  const aliases: string[] = [];
  for (const x of d.aliases) if (nameKey(x) !== key && x.trim() !== '') aliases.push(x);
  const mentions = d.mentions.length > 1 ? [...d.mentions].sort((x, y) => x.start - y.start) : [...d.mentions];
  const confidence = round(d.confidence);
  // Written out rather than spread: the key order (aliases, then geo, last) is part of the output.
  if (aliases.length === 0) return d.geo ? { type: d.type, name: d.name, confidence, mentions, geo: d.geo } : { type: d.type, name: d.name, confidence, mentions };
  return d.geo ? { type: d.type, name: d.name, confidence, mentions, aliases, geo: d.geo } : { type: d.type, name: d.name, confidence, mentions, aliases };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
