import type { Span } from '../types.js';
import { findPlace } from './find-arguments.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';

// "Deux textes ont été signés mardi à l'hôtel de ville de X", "Three agreements were signed in X on Monday":
// a chapô that counts the texts signed, each then told on its own.
const ANNOUNCED = new RegExp(
  String.raw`(?<![\p{L}\d])(deux|trois|quatre|cinq|plusieurs|two|three|four|five|several|[2-5])\s+(?:[\p{L}-]+\s+){0,2}?(?:textes|accords|ententes|conventions|documents|protocoles|agreements|texts|memorandums|memoranda|MOUs|MoUs)\s+(?:[\p{L}-]+\s+){0,2}?(?:ont\s+été|have\s+been|were|sont)\s+(?:signés|signées|paraphés|paraphées|conclus|conclues|signed|inked|concluded)(?![\p{L}])`,
  'iu',
);
// Every ANNOUNCED match holds one of these: a sentence with none is not searched.
const ANNOUNCED_STEM = /sign|paraph|conclu|inked/i;
const COUNTS: Readonly<Record<string, number>> = { deux: 2, trois: 3, quatre: 4, cinq: 5, two: 2, three: 3, four: 4, five: 5 };
// "plusieurs", "several": no number, but a chapô does not announce more texts than a short article tells.
const SEVERAL = 5;

/**
 * The place a chapô gives the texts it counts ("Deux textes ont été signés mardi à X") goes to the
 * signed agreements told after it that name none of their own, as many as it counts.
 */
export function announcedSignings(drafts: readonly EventDraft[], sentences: readonly Span[], ctx: MentionContext): void {
  // Only a sentence that ends before some signed agreement is told can announce it: the others are not read.
  let lastTold = -1;
  for (const d of drafts) if (isSignedNews(d)) lastTold = Math.max(lastTold, d.mentions[0]!.sentence.start);
  for (const s of sentences) {
    if (s.end > lastTold) continue;
    const sentence = ctx.text.slice(s.start, s.end);
    if (!ANNOUNCED_STEM.test(sentence)) continue;
    const announced = ANNOUNCED.exec(sentence);
    if (!announced) continue;
    const from = s.start + announced.index + announced[0].length;
    const place = findPlace(ctx.text, ctx.index, { start: from, end: s.end }, from);
    if (!place) continue;
    const count = COUNTS[announced[1]!.toLowerCase()] ?? (/^\d$/.test(announced[1]!) ? Number(announced[1]) : SEVERAL);
    const told = drafts
      .filter((d) => isSignedNews(d) && d.mentions[0]!.sentence.start >= s.end)
      .sort((a, b) => a.mentions[0]!.sentence.start - b.mentions[0]!.sentence.start)
      .slice(0, count);
    for (const d of told) d.place ??= place;
  }
}

function isSignedNews(d: EventDraft): boolean {
  return d.type === 'agreement' && d.status === 'signed' && !d.historic;
}
