import type { ExtractedEntity } from '../types.js';
import { townCouncil } from './leader-body.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventMention } from './event-mention.js';
import type { EventDraft } from './merge-mentions.js';

// "conduite par M. le maire", "menée par la première adjointe", "que dirigera la mairesse", "led by the Mayor": the town's
// elected leaders lead the trip, named or not ("led by Deputy Mayor X" stays out, as in leaderBodies).
const LED_BY_TOWN_LEADER =
  /(?<![\p{L}])(?:(?:conduite?s?|menée?s?|dirigée?s?|led|headed)\s+(?:par|by)\s+(?:M\.\s+|Mme\s+|the\s+)?(?:(?:le|la)\s+)?|(?:dirigera|conduira|mènera)\s+(?:le|la)\s+)(?:maire|mairesse|premi(?:er|ère)\s+adjointe?|adjointe?\s+au\s+maire|syndic|syndique|bourgmestre|(?:lord\s+)?mayor)(?![\p{L}])/iu;
// "une mission d'élus argentanais", "une mission exploratoire de trois élus quentinois", "une délégation d'élus": the trip is
// the town council's.
// No `i` flag: under `iu`, \p{Ll} takes capitals too, and "la délégation de Valbrune élue" is no mission of elected members.
const MISSION_OF_ELECTED = /(?<![\p{L}])(?:[Mm]ission|[Dd]élégation)\s+(?:\p{Ll}+\s+)?(?:de\s+|d['’])(?:\p{Ll}+\s+)?élu(?:e|es|s)(?![\p{L}])/u;

/**
 * A trip led by a town's mayor or deputy, or made by its elected members, is the town council's trip: the body the
 * text names for the travelling town ("la Ville de X", "the City of X") joins the town among its sides.
 */
export function electedTripBodies(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || !d.mentions.slice(0, MAX_MENTIONS).some((m) => byElected(m, ctx.text))) continue;
    const town = travellingTown(d);
    const council = town && townCouncil(town, ctx.index);
    if (!council || d.parties.includes(council)) continue;
    const i = d.parties.indexOf(town);
    d.parties = [...d.parties.slice(0, i + 1), council, ...d.parties.slice(i + 1)];
  }
}

function byElected(m: EventMention, text: string): boolean {
  const sentence = text.slice(m.sentence.start, m.sentence.end);
  return LED_BY_TOWN_LEADER.test(sentence) || MISSION_OF_ELECTED.test(sentence);
}

/** The town that travels: the first side when it is a place other than where the trip went, else the one such place. */
function travellingTown(d: EventDraft): ExtractedEntity | undefined {
  const towns = d.parties.filter((p) => p.type === 'PLACE' && p !== d.place);
  return towns[0] === d.parties[0] || towns.length === 1 ? towns[0] : undefined;
}
