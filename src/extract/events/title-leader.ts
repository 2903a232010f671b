import type { ExtractedEntity, Span } from '../types.js';
import { MAX_MENTIONS, nextSentence, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { fold } from './same-party.js';
import { TITLE_END, TITLE_WORDS } from './title-zones.js';

// "… led by the Chief Minister.", "menée par le président du Conseil d'État": a title where the name was expected.
const LED_BY_TITLE =
  /(?:conduite?s?|menée?s?|dirigée?s?|emmenée?s?|présidée?s?|led|headed)\s+(?:par|by)\s+(?:the\s+|le\s+|la\s+|l['’]|son\s+|sa\s+|its\s+|their\s+)([^,;:.()\n]{3,60})/iu;
// "Le président du Conseil d'État conduisait une délégation …": a title as the subject of leading.
const TITLE_LEADS =
  /^\s*(?:le\s+|la\s+|l['’]|the\s+)([^,;:.()\n]{3,60}?)\s+(?:conduisait|conduit|a\s+conduit|conduira|dirigeait|dirige|a\s+dirigé|dirigera|menait|mène|a\s+mené|mènera|led|leads|headed|heads|will\s+lead)\s+(?:une?\s+|la\s+|le\s+|sa\s+|son\s+|a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:délégations?|missions?|delegations?|trips?|visites?|visits?|voyages?)(?![\p{L}])/iu;
const HAS_TITLE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLE_WORDS.join('|')})${TITLE_END}`, 'iu');
// A leader's phrase with its words before a title's ("the Chief Minister of X, Dato' Y"): how far back to look.
const TITLE_LEAD_IN = 30;
// Between a title and its name: ", ", "M. ", "Dato' ", "the Hon. ".
const TITLE_TO_NAME = 12;

/**
 * "a delegation led by the Chief Minister", "Le président du Conseil d'État conduisait une
 * délégation": a trip led by a title alone is led by the one person the text names with that title
 * ("the Chief Minister of Penang, Dato' X", "X, président du Conseil d'État").
 */
export function titleLeaders(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  let titled: readonly TitledPerson[] | undefined;
  for (const d of drafts) {
    if (d.type !== 'mission' || d.signatories.length > 0) continue;
    for (const m of d.mentions.slice(0, MAX_MENTIONS)) {
      // The trip's own sentence, or the next one ("Une délégation à Aoste. Le président … conduisait une délégation …").
      const next = nextSentence(sentences, m.sentence);
      const phrase = leaderTitle(ctx.text, m.sentence, m.trigger) ?? (next && leaderTitle(ctx.text, next));
      if (!phrase) continue;
      titled ??= titledPeople(ctx);
      const people = [...new Set(titled.filter((t) => t.title.includes(phrase)).map((t) => t.person))];
      if (people.length === 1) {
        d.signatories = [people[0]!];
        break;
      }
    }
  }
}

interface TitledPerson {
  readonly person: ExtractedEntity;
  /** Folded text of the title said with the name, a few words before it included. */
  readonly title: string;
}

/** The folded title phrase that stands for the trip's leader in the sentence, if any. */
function leaderTitle(text: string, sentence: Span, trigger?: Span): string | undefined {
  const led = LED_BY_TITLE.exec(text.slice(trigger?.start ?? sentence.start, sentence.end));
  const subject = led ? undefined : TITLE_LEADS.exec(text.slice(sentence.start, trigger?.end ?? sentence.end));
  const phrase = (led ?? subject)?.[1]?.trim();
  if (!phrase || !HAS_TITLE_WORD.test(phrase)) return undefined;
  return fold(phrase);
}

/** Every person named with a title just before ("le président du X, M. Y") or just after ("Y, président du X"). */
function titledPeople(ctx: MentionContext): TitledPerson[] {
  const out: TitledPerson[] = [];
  for (const m of ctx.index.all) {
    if (m.entity.type !== 'PERSON') continue;
    for (const z of ctx.titles) {
      const before = z.end <= m.start && m.start - z.end <= TITLE_TO_NAME;
      const after = z.start >= m.end && z.start - m.end <= 3;
      if (before || after) out.push({ person: m.entity, title: fold(ctx.text.slice(Math.max(0, z.start - TITLE_LEAD_IN), z.end)) });
    }
  }
  return out;
}
