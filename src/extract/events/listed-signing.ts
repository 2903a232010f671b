import { isSingleDay } from '../dates/iso-value.js';
import type { DateMention } from '../dates/extract-dates.js';
import type { ExtractedEntity, Span } from '../types.js';
import { readClause } from './detect-status.js';
import type { EventMention } from './event-mention.js';
import { findPlace } from './find-arguments.js';
import { listIntro } from './list-intro.js';
import { clauseDate, type MentionContext } from './mention-context.js';

interface Signing {
  readonly date?: DateMention;
  readonly place?: ExtractedEntity;
}

/**
 * Agreements listed under an intro ("Six agreements were signed in Nairobi on 4 November:",
 * "The agreements signed at the forum are:", "Deux autres ententes ont été signées lors de la
 * même cérémonie :") were signed when and where the intro says; an intro that names neither
 * points back to the signing told before it. What an item says of its own ("first signed in
 * 2016", "the 2015 agreement", "Vaigai Hospital, Chennai") dates or places another text.
 */
export function listedSignings(mentions: readonly EventMention[], ctx: MentionContext): EventMention[] {
  const intros = new Map<number, Signing | null>();
  return mentions.map((m) => {
    if (m.type !== 'agreement' || m.historic || m.content) return m;
    const intro = listIntro(ctx.text, m.sentence, m.region);
    if (!intro) return m;
    let signing = intros.get(intro.start);
    if (signing === undefined) intros.set(intro.start, (signing = introSigning(ctx, intro, mentions)));
    if (!signing || (!signing.date && !signing.place)) return m;
    return { ...m, date: signing.date ?? m.date, place: signing.place ?? m.place };
  });
}

function introSigning(ctx: MentionContext, intro: Span, mentions: readonly EventMention[]): Signing | null {
  const read = readClause(ctx.text.slice(intro.start, intro.end));
  if (!read.signing) return null;
  const date = clauseDate(ctx, intro, intro.end);
  const place = findPlace(ctx.text, ctx.index, intro, intro.start);
  if (date || read.status !== 'signed' || !SEVERAL_TEXTS.test(ctx.text.slice(intro.start, intro.end))) return { date, place };
  const told = signingToldBefore(mentions, intro.start);
  return { date: told?.date, place: place ?? told?.place };
}

/** The latest signing told before `at` on a day ("signed in Nairobi on Wednesday 4 November"), not a trip's range. */
function signingToldBefore(mentions: readonly EventMention[], at: number): EventMention | undefined {
  let found: EventMention | undefined;
  for (const m of mentions) {
    if (m.region.end > at) break;
    if (m.type === 'agreement' && !m.historic && m.status === 'signed' && m.signing && m.date && isSingleDay(m.date.value)) found = m;
  }
  return found;
}

// "The agreements signed at the forum are:", "Deux autres ententes ont été signées …": several texts of one
// signing; "X has signed a similar agreement before: in 2016 …" introduces one earlier text.
const SEVERAL_TEXTS =
  /(?:^|[^\p{L}])(?:following|suivants?|suivantes|other|more|autres|two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|sept|huit|neuf|dix|plusieurs|\d{1,2}|agreements|accords|ententes|conventions|protocoles|textes|texts|documents|memorandums|memoranda|mous|lettres|letters)(?![\p{L}])/iu;
