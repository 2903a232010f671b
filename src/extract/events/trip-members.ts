import type { ExtractedEntity, Span } from '../types.js';
import { coordinatedList } from './find-arguments.js';
import { MAX_MENTIONS, nextSentence, toldSentences, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { draftHosts } from './mission-hosts.js';
import { sameParty } from './same-party.js';

// "The delegation included …", "Elle compte notamment …", "a delegation …, including …": who travelled.
const MEMBERSHIP = /\b(?:includ(?:ed|es|ing)|compris(?:ed|es)|compt(?:e|ait|era)|compren(?:d|ait|dra)|réuni(?:t|ssait)|regroup(?:e|ait))\b/iu;
// A stem that every MEMBERSHIP match holds, with the same flags (the same case folding): its
// plain scan of the whole text costs a tenth of MEMBERSHIP's, whose \b under /iu tests every offset.
const MEMBERSHIP_STEM = /includ|compris|compt|compren|réuni|regroup/iu;
// "representatives of X", "officials from X", "des représentants du X", "deux ingénieurs de la X": people sent by a body.
const SENT_BY = /\b(?:representatives?|officials?|executives?|delegates?|members?|représentant(?:e|es|s)?|délégué(?:e|es|s)?|membres?|ingénieurs?|dirigeant(?:e|es|s)?|directeur|directrice|responsables?)\s+(?:(?:of|from)\s+(?:the\s+)?|d(?:e\s+la|e|u|es)\s+|d['’])$/iu;
// A cue read past a meeting is the host's: "included meetings with officials of X".
const MEETING = /\b(?:met|meet|meetings?|rencontr|visit|réunions?\s+avec)/iu;
// "… and five companies, among them X and Y", "Participating companies included X", "trois
// entreprises : X, Y et Z": firms named after the word for them travel too.
const FIRMS_NAMED = /\b(?:companies|firms|businesses|entreprises|entrepreneurs|sociétés)\b[^.;:]{0,40}?(?:,?\s*(?:among them|including|included|such as|notamment|dont|parmi (?:elles|eux|lesquelles))|\s:)\s+(?:the\s+|l[ae]s?\s+|l['’])?$/iu;
const CUE_REACH = 60;

/**
 * The bodies whose people travel with a trip are on its travelling side: "The delegation
 * included representatives of X and Y", "Elle compte notamment des représentants du X et de
 * la Y". Read in the trip's sentences and in the sentence just after one that tells no other event.
 */
export function tripMembers(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  if (!MEMBERSHIP_STEM.test(ctx.text) || !MEMBERSHIP.test(ctx.text)) return;
  const told = toldSentences(drafts);
  for (const d of drafts) {
    if (d.type !== 'mission') continue;
    const hosts = draftHosts(d);
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      const next = nextSentence(sentences, m.sentence);
      const read = next && !told.has(next.start) ? [m.sentence, next] : [m.sentence];
      for (const s of read) {
        for (const body of sentBy(ctx, s)) {
          if (hosts.has(body) || d.parties.some((p) => sameParty(p, body))) continue;
          d.parties = [...d.parties, body];
        }
      }
    }
  }
}

function sentBy(ctx: MentionContext, s: Span): ExtractedEntity[] {
  const span = ctx.text.slice(s.start, s.end);
  const verb = MEMBERSHIP.exec(span);
  if (!verb) return [];
  const from = s.start + verb.index + verb[0].length;
  // "with several companies, including X": only a finite verb says who made up the delegation.
  const firmsCount = !/^including$/iu.test(verb[0]);
  const out: ExtractedEntity[] = [];
  for (const m of ctx.index.within(from, s.end)) {
    if (m.entity.type !== 'ORG' || out.includes(m.entity)) continue;
    const before = ctx.text.slice(Math.max(from, m.start - CUE_REACH), m.start);
    if (!SENT_BY.test(before) && !(firmsCount && FIRMS_NAMED.test(ctx.text.slice(Math.max(s.start, m.start - CUE_REACH), m.start)))) continue;
    if (MEETING.test(ctx.text.slice(from, m.start))) break;
    const list = coordinatedList(ctx.text, ctx.index, m.start, s.end);
    for (const x of list.mentions) if (x.entity.type === 'ORG' && !out.includes(x.entity)) out.push(x.entity);
  }
  return out;
}
