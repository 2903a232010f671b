import type { ExtractedEntity } from '../types.js';
import { townCouncil } from './leader-body.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventMention } from './event-mention.js';
import type { EventDraft } from './merge-mentions.js';

// "conduite par M. le maire", "menée par la première adjointe", "que dirigera la mairesse", "led by the Mayor": the town's
// elected leaders lead the trip, named or not ("led by Deputy Mayor X" stays out, as in leaderBodies, and so does "dirigée
// par le maire de Y", another town's mayor).
const LED_BY_TOWN_LEADER =
  /(?<![\p{L}])(?:(?:conduite?s?|menée?s?|dirigée?s?|led|headed)\s+(?:par|by)\s+(?:M\.\s+|Mme\s+|the\s+)?(?:(?:le|la)\s+)?|(?:dirigera|conduira|mènera)\s+(?:le|la)\s+)(?:maire|mairesse|premi(?:er|ère)\s+adjointe?|adjointe?\s+au\s+maire|syndic|syndique|bourgmestre|(?:lord\s+)?mayor)(?![\p{L}])/iu;
// The title's town, when one follows it: "le maire de Y", "the Mayor of Y" (no `i`: a capital opens the name).
const OF_NAMED_TOWN = /^\s+(?:de|d['’]|du|of)\s*(\p{Lu}[\p{L}'’ -]*)/u;
// "une mission d'élus carvellois", "une mission technique de cinq élus brellandais", "une délégation d'élus": the trip is
// the town council's.
// No `i` flag: under `iu`, \p{Ll} takes capitals too, and "la délégation de Valbrune élue" is no mission of elected members.
const MISSION_OF_ELECTED = /(?<![\p{L}])(?:[Mm]ission|[Dd]élégation)\s+(?:\p{Ll}+\s+)?(?:de\s+|d['’])(?:\p{Ll}+\s+)?élu(?:e|es|s)(?![\p{L}])/u;

/**
 * A trip led by a town's mayor or deputy, or made by its elected members, is the town council's trip: the body the
 * text names for the travelling town ("la Ville de X", "the City of X") joins the town among its sides.
 */
export function electedTripBodies(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    const town = travellingTown(d);
    if (d.type !== 'mission' || !town || !d.mentions.slice(0, MAX_MENTIONS).some((m) => byElected(m, ctx.text, town))) continue;
    const council = townCouncil(town, ctx.index);
    if (!council || d.parties.includes(council)) continue;
    const i = d.parties.indexOf(town);
    d.parties = [...d.parties.slice(0, i + 1), council, ...d.parties.slice(i + 1)];
  }
}

function byElected(m: EventMention, text: string, town: ExtractedEntity): boolean {
  const sentence = text.slice(m.sentence.start, m.sentence.end);
  return ledByTownLeader(sentence, town) || MISSION_OF_ELECTED.test(sentence);
}

/** The trip is led by a mayor or deputy, of no named town or of the travelling one. */
function ledByTownLeader(sentence: string, town: ExtractedEntity): boolean {
  const led = LED_BY_TOWN_LEADER.exec(sentence);
  const of = led && OF_NAMED_TOWN.exec(sentence.slice(led.index + led[0].length));
  return led !== null && (!of || of[1]!.startsWith(town.name));
}

/** The town that travels: the first side when it is a place other than where the trip went, else the one such place. */
function travellingTown(d: EventDraft): ExtractedEntity | undefined {
  const towns = d.parties.filter((p) => p.type === 'PLACE' && p !== d.place);
  return towns[0] === d.parties[0] || towns.length === 1 ? towns[0] : undefined;
}
