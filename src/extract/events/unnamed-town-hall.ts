import type { DateMention } from '../dates/extract-dates.js';
import { wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity } from '../types.js';
import { townNamedIn } from './find-arguments.js';
import { MAX_MENTIONS, type MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { isTownBody, territoryOf } from './pair-anaphor.js';
import { sameParty } from './same-party.js';

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
    const visited = drafts.filter((x) => x.type === 'mission' && x.place && mayBeDuring(x.date, d.date)).map((x) => x.place!);
    d.place = towns.length === 1 ? towns[0] : towns.find((t) => visited.some((v) => sameParty(v, t)));
  }
}

/** `day` may fall inside `trip`: compared at the precision both give (year or year-month); either unknown is no conflict. */
function mayBeDuring(trip: DateMention | undefined, day: DateMention | undefined): boolean {
  if (!trip || !day) return true;
  const [from = '', to = from] = trip.value.split('/');
  const at = day.value.split('/')[0] ?? '';
  if (!/^\d{4}/.test(from) || !/^\d{4}/.test(to) || !/^\d{4}/.test(at)) return true;
  const n = Math.min(7, from.length, to.length, at.length);
  return from.slice(0, n) <= at.slice(0, n) && at.slice(0, n) <= to.slice(0, n);
}

function atTownHall(text: string, start: number, end: number): boolean {
  const sentence = text.slice(start, end);
  return HALL_STEM.test(sentence) && TOWN_HALL.test(sentence);
}
