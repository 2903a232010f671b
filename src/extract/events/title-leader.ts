import type { ExtractedEntity, Span } from '../types.js';
import { MAX_MENTIONS, nextSentence, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { fold } from './same-party.js';
import { TITLE_END, TITLE_WORDS } from './title-zones.js';

// "… led by the Chief Minister.", "menée par le président du Conseil d'État", "conduite par M. le Maire": a title where the name was expected.
const LED_BY_TITLE =
  /(?:conduite?s?|menée?s?|dirigée?s?|emmenée?s?|présidée?s?|pilotée?s?|led|headed|piloted)\s+(?:par|by)\s+(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?:the\s+|le\s+|la\s+|l['’]|son\s+|sa\s+|its\s+|their\s+)([^,;:.()\n]{3,60})/iu;
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
      // The trip's own sentence, or the next one ("Une délégation à Valtorta. Le président … conduisait une délégation …").
      const next = nextSentence(sentences, m.sentence);
      const phrase = leaderTitle(ctx.text, m.sentence, m.trigger) ?? (next && leaderTitle(ctx.text, next));
      if (!phrase) continue;
      titled ??= titledPeople(ctx);
      const people = holders(titled, phrase) ?? holders(titled, phrase.replace(TRIP_TAIL, '')) ?? travellersHolder(titled, phrase, d);
      if (people) {
        d.signatories = [people];
        break;
      }
    }
  }
}

export interface TitledPerson {
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
export function titledPeople(ctx: MentionContext): readonly TitledPerson[] {
  let people = titledPerDocument.get(ctx);
  if (!people) titledPerDocument.set(ctx, (people = findTitledPeople(ctx)));
  return people;
}

// The signer and leader passes both ask for a document's titled people: found once per document.
const titledPerDocument = new WeakMap<MentionContext, readonly TitledPerson[]>();

function findTitledPeople(ctx: MentionContext): TitledPerson[] {
  const out: TitledPerson[] = [];
  for (const m of ctx.index.all) {
    if (m.entity.type !== 'PERSON') continue;
    for (const z of ctx.titles) {
      // "Le maire répond que … 2027. M. Y demande …": a title that ends its sentence or its line is not Y's.
      const before = z.end <= m.start && m.start - z.end <= TITLE_TO_NAME && !SENTENCE_END.test(ctx.text.slice(z.end, m.start));
      const after = z.start >= m.end && z.start - m.end <= 3;
      if (before || after) out.push({ person: m.entity, title: fold(leadIn(ctx.text, z.start) + ctx.text.slice(z.start, z.end)) });
    }
  }
  return out;
}

// A period, "!" or "?" right where a title stops: the end of its sentence; or a line break ("X, mairesse⏎Y, greffier").
const SENTENCE_END = /^\s*[.!?]|[\n\r]/u;
// A line break or a sentence's end: where the words said before a title stop being its own.
const LEAD_IN_STOP = /[\n\r]|[.!?:]\s/gu;

/**
 * The words just before a title ("the Chief" of "the Chief Minister"), from its own line and sentence only:
 * "Présidence : M. X, maire⏎Secrétaire de séance : Mme Y" does not make Y a mayor.
 */
function leadIn(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - TITLE_LEAD_IN), at);
  let cut = 0;
  for (const m of before.matchAll(LEAD_IN_STOP)) cut = m.index + m[0].length;
  return before.slice(cut);
}

// "conduite par M. le Maire en X du 4 au 9 mai": where and when the trip went, after its leader's title
// (folded: "à" reads "a").
const TRIP_TAIL = /\s+(?:a|à|au|aux|en|dans|pour|lors|in|to|from|for|on|during)\s.*$/u;

// What makes a title another body's: "maire de Y", "mayor of Y".
const COMPLEMENT = /^\s+(?:de|du|des|d'|of)\s?/u;

/** The one person named with the title phrase, if exactly one is; else the one named with it bare. */
export function holders(titled: readonly TitledPerson[], phrase: string): ExtractedEntity | undefined {
  const named = titled.filter((t) => t.title.includes(phrase));
  const people = new Set(named.map((t) => t.person));
  if (people.size === 1) return [...people][0];
  // "conduite par M. le Maire": the mayor named with the bare title ("M. X, maire"), not "le maire de Y, M. Z", another town's.
  const bare = new Set(named.filter((t) => !t.title.split(phrase).slice(1).some((after) => COMPLEMENT.test(after))).map((t) => t.person));
  return bare.size === 1 ? [...bare][0] : undefined;
}

const FOLDED_TITLE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TITLE_WORDS.map((w) => fold(w)).join('|')})${TITLE_END}`, 'u');

/**
 * "Une délégation de X, menée par le maire, se rendra à Y", "A X delegation led by the Mayor will travel to Y": of the
 * several mayors the text names, the one whose title names the travelling side ("le maire de X, M. Z").
 */
function travellersHolder(titled: readonly TitledPerson[], phrase: string, d: EventDraft): ExtractedEntity | undefined {
  const word = FOLDED_TITLE_WORD.exec(phrase)?.[0];
  if (!word) return undefined;
  // The first side travels; a host's title ("la bourgmestre de Y") may follow another title in the same words.
  const side = d.parties[0];
  if (!side || side === d.place) return undefined;
  const name = fold(side.name);
  const people = new Set(titled.filter((t) => t.title.includes(word) && t.title.includes(name)).map((t) => t.person));
  return people.size === 1 ? [...people][0] : undefined;
}
