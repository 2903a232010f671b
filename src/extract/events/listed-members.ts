import type { ExtractedEntity, Span } from '../types.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { draftHosts } from './mission-hosts.js';
import { addTripSides } from './trip-members.js';

// "- ", "• ", "1. ", "2) ": a line that is one item of a list.
const ITEM_MARK = /^[ \t]*(?:[-–—•·*▪►]|\d{1,2}[.)])[ \t]+/u;
// Just before the colon: a word for the members ("along with eight companies:", "Twelve firms travelled
// with the federation:", "The participating firms were:") or a verb of membership ("La délégation comprenait :").
const ANNOUNCES_MEMBERS =
  /(?:^|[^\p{L}])(?:companies|firms|businesses|start-?ups|members|participants|exhibitors|entreprises|sociétés|membres|exposants|includ(?:ed|es|ing)|compris(?:ed|es)|compren(?:d|ait|dra)|compt(?:e|ait)|composée?\s+de|made\s+up\s+of)(?![\p{L}])[^.;:!?]{0,50}:\s*$/iu;
// "The delegation met these firms:", "Elle a été reçue par :": the list names the hosts.
const HOSTS_LISTED = /(?:^|[^\p{L}])(?:met|meet|meetings?|rencontr\p{L}*|visit\p{L}*|host\p{L}*|welcom\p{L}*|received|accueilli\p{L}*|reçue?s?)(?![\p{L}])[^.;:!?]{0,60}:\s*$/iu;
// The tail of a sentence read for its colon; a list is a few dozen lines (bounded time).
const TAIL = 120;
const MAX_ITEMS = 40;
// "- the X, Town": the body opens its item, after a mark and an article at most.
const ITEM_HEAD_REACH = 5;

/**
 * The bodies listed one per line after a trip sentence that announces them travel with the trip:
 * "… along with eight companies:" then "- X, Town", "- Y, Town". Read in the trip's sentences and the
 * ones just after that tell no other event; the places a trip went to are no members.
 */
export function listedMembers(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  if (!ctx.text.includes(':')) return;
  addTripSides(drafts, sentences, (s) => membersListedAfter(ctx, s), draftHosts);
}

function membersListedAfter(ctx: MentionContext, s: Span): ExtractedEntity[] {
  const tail = ctx.text.slice(Math.max(s.start, s.end - TAIL), s.end);
  if (!tail.trimEnd().endsWith(':') || !ANNOUNCES_MEMBERS.test(tail) || HOSTS_LISTED.test(tail)) return [];
  const out: ExtractedEntity[] = [];
  let at = ctx.text.indexOf('\n', s.end - 1);
  // "companies: A, B and C." lists them in the sentence itself, which other readers read.
  if (at < 0 || ctx.text.slice(s.end, at).trim() !== '') return [];
  for (let items = 0; at >= 0 && items < MAX_ITEMS; items++) {
    const end = lineEnd(ctx.text, at + 1);
    const line = ctx.text.slice(at + 1, end);
    at = end < ctx.text.length ? end : -1;
    if (line.trim() === '') continue;
    const mark = ITEM_MARK.exec(line);
    if (!mark) break;
    const body = itemHead(ctx, end - line.length + mark[0].length, end);
    if (body && !out.includes(body)) out.push(body);
  }
  return out;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** The body that opens a list item, if one does. */
function itemHead(ctx: MentionContext, from: number, end: number): ExtractedEntity | undefined {
  const first = ctx.index.within(from, end)[0];
  return first && first.entity.type === 'ORG' && first.start - from <= ITEM_HEAD_REACH ? first.entity : undefined;
}
