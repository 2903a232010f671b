import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity } from '../types.js';
import { townNamedIn } from './find-arguments.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { isTownBody, territoryOf } from './pair-anaphor.js';
import { sameParty } from './same-party.js';
import { duringTrip } from './trip-span.js';

// "à l'hôtel de ville", "devant la mairie", "at City Hall", "in the municipal chambers": a town's own building, named by no town.
const TOWN_HALL = wordRegex(
  String.raw`\b(?:(?:à|dans|devant)\s+(?:l['’]hôtel\s+de\s+ville|la\s+mairie|la\s+salle\s+du\s+conseil)|(?:at|in|outside)\s+(?:the\s+)?(?:town\s+hall|city\s+hall|civic\s+centre|(?:council|municipal)\s+chambers?))\b(?!\s+(?:(?:de|du|of)\s|d['’]))`,
);
const HALL_STEM = /hôtel|mairie|conseil|hall|civic|council/i;

/**
 * An agreement signed "à l'hôtel de ville" with no town named was signed in the town of its side that
 * is a town's own body; of two such sides, the one a delegation was visiting.
 */
export function unnamedTownHalls(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'agreement' || d.place || d.historic || !d.mentions.slice(0, MAX_MENTIONS).some((m) => atTownHall(ctx.text, m.sentence.start, m.sentence.end))) continue;
    // "Greater Wexley City Council": the town is the word of its name the document knows as a town.
    const towns = d.parties.filter(isTownBody).map((p) => territoryOf(p, ctx.index) ?? townNamedIn(p.name, ctx.index, p)).filter((t): t is ExtractedEntity => t !== undefined);
    // A visit dated in another year or month than the signing ("a mission went there in 2025") was another visit.
    const visited = drafts.filter((x) => x.type === 'mission' && x.place && (!x.date || !d.date || duringTrip(d.date.value, x.date.value))).map((x) => x.place!);
    d.place = towns.length === 1 ? towns[0] : towns.find((t) => visited.some((v) => sameParty(v, t)));
  }
}

function atTownHall(text: string, start: number, end: number): boolean {
  const sentence = text.slice(start, end);
  return HALL_STEM.test(sentence) && TOWN_HALL.test(sentence);
}
