import type { Analysis, Candidate, NamedType } from './candidate.js';
import { COORDINATORS, isHeadWord } from './word-classes.js';

// "… et de Y": the preposition repeated after the coordinator belongs to neither name.
const REPEATED_LINKS = new Set(['de', 'du', 'des', "d'"]);

/**
 * "la Chambre de commerce de X et Y Z préparent …", "X Campus and College of Y signed":
 * an organization's span that runs over a coordinator into a name the text gives on its own
 * elsewhere ("l'incubateur Y Z", "College of Y") holds two entities: the name before the
 * coordinator, and the known one after it, with that one's type (a person signing beside a
 * body's head is a person). A span whose second part the text never names alone is one name
 * ("X Research and Development Centre").
 */
export function splitKnownSeconds(a: Analysis, accepted: readonly Candidate[]): Candidate[] {
  if (!accepted.some((c) => c.type === 'ORG' && hasCoordinator(a, c))) return [...accepted];
  const known = new Map<string, NamedType>();
  for (const c of accepted) if (!known.has(keyOf(a, c.start, c.end))) known.set(keyOf(a, c.start, c.end), c.type);
  const out: Candidate[] = [];
  for (const c of accepted) {
    const split = c.type === 'ORG' ? (splitAt(a, c, known) ?? splitAfterKnownFirst(a, c, known)) : undefined;
    if (split === undefined) { out.push(c); continue; }
    const [left, right, type] = split;
    out.push({ ...c, end: left }, { type, start: right, end: c.end, priority: c.priority, confidence: c.confidence });
  }
  return out;
}

function hasCoordinator(a: Analysis, c: Candidate): boolean {
  for (let k = c.start + 1; k < c.end - 1; k++) if (COORDINATORS.has(a.tokens[k]!.fold)) return true;
  return false;
}

/** The end of the first name, the start of the second and its type, or undefined. */
function splitAt(a: Analysis, c: Candidate, known: ReadonlyMap<string, NamedType>): [number, number, NamedType] | undefined {
  const t = a.tokens;
  // The first name keeps two words at least and is whole: its head opens it ("Chambre de X")
  // or closes it ("X Campus"); "X Research and Development Centre" shares one head.
  if (!isHeadWord(t[c.start])) return splitAtClosedHead(a, c, known);
  for (let k = c.start + 2; k < c.end - 1; k++) {
    if (!COORDINATORS.has(t[k]!.fold)) continue;
    const right = REPEATED_LINKS.has(t[k + 1]!.fold) && t[k]!.fold === 'et' ? k + 2 : k + 1;
    if (right >= c.end || !t[right]!.isCap) continue;
    const type = known.get(keyOf(a, right, c.end));
    if (type !== undefined) return [k, right, type];
  }
  return undefined;
}

/**
 * "l'Office de tourisme de X et Turisme Y ont paraphé …", "the Rural Municipality of X and Jane Doe signed": a span
 * whose part before the coordinator the text names alone elsewhere holds that body and a second name after it.
 */
function splitAfterKnownFirst(a: Analysis, c: Candidate, known: ReadonlyMap<string, NamedType>): [number, number, NamedType] | undefined {
  const t = a.tokens;
  for (let k = c.start + 2; k < c.end - 1; k++) {
    if (!COORDINATORS.has(t[k]!.fold) || !spaced(a, k) || known.get(keyOf(a, c.start, k)) !== 'ORG') continue;
    const right = REPEATED_LINKS.has(t[k + 1]!.fold) && t[k]!.fold === 'et' ? k + 2 : k + 1;
    // Two words at least after it: "College of Forestry and Bioresources" is one name.
    if (right + 1 < c.end && t[right]!.isCap) return [k, right, known.get(keyOf(a, right, c.end)) ?? 'ORG'];
  }
  return undefined;
}

/** The coordinator at `k` stands between spaces ("Saint-Pierre-et-Miquelon" holds none). */
function spaced(a: Analysis, k: number): boolean {
  const t = a.tokens;
  return t[k - 1]!.end < t[k]!.start && t[k]!.end < t[k + 1]!.start;
}

/** The same, for a first name that closes on its head noun ("X Campus and College of Y"). */
function splitAtClosedHead(a: Analysis, c: Candidate, known: ReadonlyMap<string, NamedType>): [number, number, NamedType] | undefined {
  const t = a.tokens;
  for (let k = c.start + 2; k < c.end - 1; k++) {
    if (!COORDINATORS.has(t[k]!.fold) || !isHeadWord(t[k - 1]) || !t[k + 1]!.isCap) continue;
    const type = known.get(keyOf(a, k + 1, c.end));
    if (type !== undefined) return [k, k + 1, type];
  }
  return undefined;
}

function keyOf(a: Analysis, start: number, end: number): string {
  let key = '';
  for (let k = start; k < end; k++) key += (k > start ? ' ' : '') + a.tokens[k]!.fold;
  return key;
}
