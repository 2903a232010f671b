import type { ExtractedEntity, Span } from '../types.js';
import type { EventDraft } from './merge-mentions.js';
import { spanFromSentence } from './trip-span.js';
import { MAX_MENTIONS, nextSentence, toldSentences, type MentionContext } from './mention-context.js';

// "sous la conduite du maire, X", "under the leadership of Mayor X": who leads, as "menée par" says it.
const UNDER_LEAD = String.raw`(?:placée?s?\s+)?(?:sous\s+la\s+(?:conduite|houlette|direction)\s+(?:de\s|du\s|des\s|d['’])|under\s+the\s+leadership\s+of\s)`;

// "Elle était menée par la présidente de la CCI, Mme X.", "It was led by Minister Y.", "Elle était placée sous la
// conduite du maire, X.": the trip just told;
// also after a fronted phrase: "Organisée par l'agence X, elle était conduite par Y."
const PRONOUN_LED = new RegExp(
  String.raw`^\s*(?:(?:[^.;:!?]|\.(?=\S)){0,160}?,\s*)?(?:Elle|Il|Elles|Ils|Celle-ci|Celui-ci|It|They|elle|il|elles|ils|celle-ci|celui-ci|it|they)\s+(?:[\p{L}’']+\s+){0,2}?(?:(?:conduite?s?|menée?s?|dirigée?s?|présidée?s?|emmenée?s?|pilotée?s?|led|headed|piloted)\s+(?:par|by)\s|${UNDER_LEAD})`,
  'u',
);

// "The eight visitors", "Les 14 visiteurs": how many travelled, before the word for them.
const COUNT_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze';

// "The group, in Arden from Nov. 9 to 13, was led by X", "Les visiteurs, menés par Y, …": a word for the
// travellers as a whole stands for the trip just told, as a pronoun does; an aside may come between.
const GROUP_LED = new RegExp(
  String.raw`^\s*(?:The|the|Le|le|Les|les)\s+(?:(?:\d[\p{L}\d-]*|${COUNT_WORDS})\s+)?(?:group|visitors|party|groupe|visiteurs|visiteuses)(?:\s+(?:de|of)\s+[\p{L}\d-]+\s+(?:personnes|people|members|membres))?(?:\s*,\s*(?:(?:[^.;:!?,]|(?<=\b\p{Lu}\p{Ll}{2,3})\.){1,80}?,\s*)?|\s+)(?:(?:was|were|is|are|had\s+been|était|étaient|est|sont|a\s+été|ont\s+été)\s+)?(?:conduite?s?|menée?s?|menés|dirigée?s?|dirigés|emmenée?s?|pilotée?s?|pilotés|led|headed|piloted)\s+(?:par|by)\s`,
  'u',
);

// "Conduite par M. X, elle comprend des élus …", "Led by Mayor Y, the delegation …": a fronted participle.
const FRONTED_LED = /^\s*(?:conduite?s?|menée?s?|dirigée?s?|présidée?s?|emmenée?s?|pilotée?s?|led|headed|piloted)\s+(?:par|by)\s/iu;
// A title's period, "M. X", "Dr. Y", does not end the phrase.
const TITLE_PERIOD = String.raw`(?<=(?<![\p{L}])(?:M|Mme|Mlle|Me|Mgr|Dr|Pr|Mr|Mrs|Ms|Cllr|Prof))\.`;
// "Sous la conduite du maire, X, elle a visité …", "Under the leadership of Mayor X, the group met …": a phrase of leading
// fronted before the trip's pronoun or noun ("Sous la conduite de X, le port a grandi" leads no trip).
const FRONTED_UNDER = new RegExp(String.raw`^\s*${UNDER_LEAD}(?:[^.;:!?]|${TITLE_PERIOD}){1,120}?,\s*(?:elle|elles|ils|it|they|(?:la|le|the)\s+(?:délégation|delegation|mission|groupe|group))\s`, 'iu');

// "Minister X is leading the mission", "le maire Y conduira la délégation": the person just before leads it.
// "The chair of the council, Cllr X, led the delegation": the name's apposition ends on a comma; "X pilotait la
// mission", "X était à la tête d'une délégation": other verbs of leading; "Mayor X plans to lead a delegation", "is expected
// to lead", "le maire X devrait conduire la délégation": a leading planned; "X, who <…>, plans to
// lead …": a relative clause may come between.
const SUBJECT_LEADS =
  /^(?:,\s+(?:who|qui)\s[^,.;:!?]{1,80},)?,?\s+(?:(?:is|was|will\s+be)\s+(?:leading|heading)|leads|led|heads|headed|will\s+(?:lead|head)|(?:(?:is|was)\s+(?:expected|due|set|supposed|scheduled)|plans|planned|intends|intended|hopes|hoped)\s+to\s+(?:lead|head)|(?:doit|devait|devrait|compte|comptait|entend|prévoit\s+de)\s+(?:conduire|diriger|mener)|(?:a|avait)\s+(?:conduit|dirigé|mené|piloté)|conduit|conduisait|conduira|dirige|dirigeait|dirigera|mène|menait|mènera|pilote|pilotait|pilotera|(?:est|était|sera|a\s+été)\s+à\s+la\s+tête\s+(?:de|d['’])|(?:is|was|will\s+be)\s+at\s+the\s+head\s+of)\s*(?:(?:the|this|a|an|la|le|l['’]|une|cette|ce|sa|son|his|her|its|their)\s*)?(?:[\p{L}\d-]+\s+){0,3}$/iu;
const UNDER_AT_START = new RegExp(String.raw`^\s*${UNDER_LEAD}`, 'iu');
const SUBJECT_REACH = 160;
// "La délégation est arrivée lundi. Elle repart samedi. Elle est menée par X.": how many sentences on a trip's leader may be told.
const LEADER_SENTENCE_REACH = 3;

/**
 * A sentence with no event word that opens with a pronoun and "menée par" / "led by", or with
 * "Conduite par X, …", names the leader of the trip told just before (up to LEADER_SENTENCE_REACH sentences back); a person
 * who "is leading" / "conduit" the trip in its own sentence leads it.
 */
export function pronounLeaders(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  let told: ReadonlySet<number> | undefined;
  for (const d of drafts) {
    if (d.type !== 'mission') continue;
    for (const mention of d.mentions.slice(0, MAX_MENTIONS)) {
      // "Led by Mayor X, the delegation met …": the trip's own sentence, opening on its leader.
      const own = FRONTED_LED.exec(ctx.text.slice(mention.sentence.start, mention.trigger.start));
      if (own) addLeader(d, ctx, mention.sentence.start + own[0].length, mention.trigger.start);
      addSubjectLeader(d, ctx, mention.sentence, mention.trigger.start);
      told ??= toldSentences(drafts);
      let next = nextSentence(sentences, mention.sentence);
      // Further on, only a trip with no leader yet takes one: the nearer trip's sentence would have named it.
      for (let k = 0; next && k < LEADER_SENTENCE_REACH && !told.has(next.start) && (k === 0 || d.signatories.length === 0); k++) {
        if (ledInSentence(d, ctx, next)) break;
        next = nextSentence(sentences, next);
      }
    }
  }
}

// "À sa tête : <titre> Y, et <titre> W.", "À leur tête, la présidente, Mme Y": the trip just told.
const AT_ITS_HEAD = /^\s*[ÀA]\s+(?:sa|leur)\s+tête\s*[,:]\s*/u;
// "…, Y, et le président de Z, W": a second leader joined by "et" / "and", with a title of a few words.
const JOINED_LEADER = /^\s*,?\s+(?:et|and)\s+(?:[^,.;:!?]{1,60},\s*)?$/u;
// "<a title>, X, headed the party": the person whose verb leads the travellers as a whole.
const LEADS_GROUP = /^\s*,?\s+(?:led|headed)\s+the\s+(?:group|party)(?![\p{L}])|^\s*,?\s+(?:conduisait|a\s+conduit|menait|a\s+mené|dirigeait|a\s+dirigé)\s+le\s+groupe(?![\p{L}])/u;

/** A sentence opening on "Elle était menée par", "Led by", "The group was led by" names the trip's leader. */
function ledInSentence(d: EventDraft, ctx: MentionContext, s: Span): boolean {
  const opening = ctx.text.slice(s.start, Math.min(s.end, s.start + 240));
  const head = AT_ITS_HEAD.exec(opening);
  if (head) return addJoinedLeaders(d, ctx, s.start + head[0].length, s.end);
  if (groupLeader(d, ctx, s)) return true;
  const under = FRONTED_UNDER.test(opening) ? UNDER_AT_START.exec(opening) : null;
  const m = PRONOUN_LED.exec(opening) ?? FRONTED_LED.exec(opening) ?? GROUP_LED.exec(opening) ?? under;
  if (!m) return false;
  const from = s.start + m[0].length;
  addLeader(d, ctx, from, Math.min(s.end, from + 120));
  spanFromSentence(d, ctx.dates, s.start, s.end);
  return true;
}

/** The first person of [from, to) leads the trip, with those joined to it by "et" / "and". */
function addJoinedLeaders(d: EventDraft, ctx: MentionContext, from: number, to: number): boolean {
  const people = ctx.index.within(from, to).filter((x) => x.entity.type === 'PERSON');
  if (people.length === 0) return false;
  let last = people[0]!;
  const leaders = [last.entity];
  for (const p of people.slice(1)) {
    if (!JOINED_LEADER.test(ctx.text.slice(last.end, p.start))) break;
    leaders.push(p.entity);
    last = p;
  }
  for (const leader of leaders) addSignatory(d, leader);
  return true;
}

/** "X, the chamber's chief executive, led the group": a person of the sentence's opening leads the trip. */
function groupLeader(d: EventDraft, ctx: MentionContext, s: Span): boolean {
  const person = ctx.index.within(s.start, Math.min(s.end, s.start + SUBJECT_REACH)).find((x) => x.entity.type === 'PERSON' && LEADS_GROUP.test(ctx.text.slice(x.end, Math.min(s.end, x.end + 40))));
  if (!person) return false;
  addSignatory(d, person.entity);
  return true;
}

/** The first person of [from, to) leads the trip. */
function addLeader(d: EventDraft, ctx: MentionContext, from: number, to: number): void {
  const leader = ctx.index.within(from, to).find((x) => x.entity.type === 'PERSON');
  if (leader) addSignatory(d, leader.entity);
}

/** "Minister X is leading the mission": the person whose leading verb governs the trip's noun. */
function addSubjectLeader(d: EventDraft, ctx: MentionContext, sentence: Span, trigger: number): void {
  const from = Math.max(sentence.start, trigger - SUBJECT_REACH);
  const person = ctx.index.within(from, trigger).filter((x) => x.entity.type === 'PERSON').pop();
  if (person && SUBJECT_LEADS.test(ctx.text.slice(person.end, trigger))) addSignatory(d, person.entity);
}

/** Appends a leader to the trip's signatories unless already there. */
function addSignatory(d: EventDraft, leader: ExtractedEntity): void {
  if (!d.signatories.includes(leader)) d.signatories = [...d.signatories, leader];
}
