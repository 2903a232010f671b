import type { DateMention } from '../dates/extract-dates.js';
import { wordRegex } from '../text/word-regex.js';
import type { Span } from '../types.js';
import type { Trigger } from './find-triggers.js';

// "the original 2015 agreement", "l'ancienne convention", "la première charte".
const EARLIER_BEFORE = /(?:^|[^\p{L}])(?:(original|previous|former|earlier|initial|initiale|ancien|ancienne|précédente?)|(first|premier|première))\s+(?:\d{4}\s+)?$/iu;
const PLUPERFECT = wordRegex(String.raw`\b(?:avai(?:en)?t\s+été|had\s+been)\b`, 'iu');

// "l'accord précédent", "la convention antérieure", "l'entente d'origine".
const EARLIER_AFTER = /^\s+(?:précédente?s?|antérieure?s?|initiale?s?|originale?s?|originelle?s?|d['’]origine)(?![\p{L}])/iu;
// "Conclu une première fois à Montagnier …, l'accord", "X and Y first signed an agreement in 1993".
const FIRST_SIGNED = wordRegex(
  String.raw`\b(?:(?:sign|conclu|paraph|scell|ratifi)\p{L}*\s+(?:une\s+première\s+fois|pour\s+la\s+première\s+fois|initialement|à\s+l['’]origine)|(?:first|originally|initially)\s+(?:signed|concluded|inked|sealed))\b`,
  'iu',
);
const FIRST_SIGNED_STEM = /première\s+fois|initialement|origine|first|originally|initially/i;

/**
 * An agreement earlier than the one reported: "the original 2015 agreement was signed by …";
 * "l'accord précédent, signé en 2016"; "Conclu une première fois en 2019, l'accord …";
 * "la première charte avait été signée en 1985" (a first one told in the pluperfect, since
 * "leur premier accord" may be the one signed today).
 */
export function isHistoric(text: string, trigger: Trigger, clause: string, region?: Span): boolean {
  if (EARLIER_AFTER.test(text.slice(trigger.end, trigger.end + 30))) return true;
  const before = region ? text.slice(region.start, trigger.start) : '';
  if (FIRST_SIGNED_STEM.test(before) && FIRST_SIGNED.test(before)) return true;
  const m = EARLIER_BEFORE.exec(text.slice(Math.max(0, trigger.start - 30), trigger.start));
  return m !== null && (m[1] !== undefined || PLUPERFECT.test(clause) || (SIGNED_APPOSITION.test(text.slice(trigger.end, trigger.end + 40)) && renewedJustBefore(text, trigger.start)));
}

// "… ont signé le renouvellement de la convention. La première convention, signée en 2016, …": once a renewal is told,
// "the first one" with its own signing right after it ("…, signée en 2016", "signée le 14 juin") is the text it renewed.
const SIGNED_APPOSITION = /^\s*,?\s*(?:sign|conclu|paraph|inked)\p{L}*(?![\p{L}])/iu;
const RENEWAL_WORD = /(?:^|[^\p{L}])(?:renouvel\p{L}*|renew(?:s|ed|al|ing)?|recondu\p{L}*|reconduction)(?![\p{L}])/iu;
const RENEWAL_REACH = 500;

function renewedJustBefore(text: string, at: number): boolean {
  return RENEWAL_WORD.test(text.slice(Math.max(0, at - RENEWAL_REACH), at));
}

// "…, first signed in Bismarck in 2015", "…, signée pour la première fois à Lille le 2 mai 1978",
// "the exchange agreement they first signed in Straumvik in 2014".
const FIRST_SIGNED_AFTER = wordRegex(
  String.raw`^((?:[^.;:]{0,160}?,\s*|\s+(?:(?:that|which|they|we)\s+)?))(?:(?:sign|conclu|paraph)\p{L}*\s+(?:une\s+première\s+fois|pour\s+la\s+première\s+fois|initialement|à\s+l['’]origine)|(?:first|originally|initially)\s+(?:signed|concluded|inked))\b[^;]{0,80}`,
  'iu',
);

// "… ont renouvelé leur accord. Il avait été signé une première fois en mars 2016 à Douai.", "It was first signed in Kilmarra in 2009."
const FIRST_SIGNED_NEXT = wordRegex(
  String.raw`^(\s*(?:il|elle|it)\s+(?:avait\s+été|had\s+been|was)\s+)(?:(?:sign|conclu|paraph)\p{L}*\s+(?:une\s+première\s+fois|pour\s+la\s+première\s+fois|initialement|à\s+l['’]origine)|(?:first|originally|initially)\s+(?:signed|concluded|inked))\b[^.;!?]{0,80}`,
  'iu',
);
// The next sentence starts within a few characters of the end of the renewal's.
const NEXT_SENTENCE_REACH = 160;

/**
 * The phrase that tells an agreement's first signing: after its noun ("…, first signed in Bismarck in 2015") or, for a
 * renewal, as the next sentence about it ("Il avait été signé une première fois en mars 2016 à Douai").
 */
export function firstSigningAfter(text: string, trigger: Trigger, region: Span, renewal?: Span): Span | undefined {
  const rest = text.slice(trigger.end, region.end);
  const m = FIRST_SIGNED_STEM.test(rest) ? FIRST_SIGNED_AFTER.exec(rest) : null;
  if (m) return { start: trigger.end + m[1]!.length, end: trigger.end + m[0].length };
  if (!renewal) return undefined;
  const next = FIRST_SIGNED_NEXT.exec(text.slice(renewal.end, renewal.end + NEXT_SENTENCE_REACH));
  return next ? { start: renewal.end + next[1]!.length, end: renewal.end + next[0].length } : undefined;
}

/** The year of "the original 2015 agreement", which reads as no date on its own. */
export function yearBefore(text: string, trigger: Trigger): DateMention | undefined {
  const m = /(\d{4})\s+$/.exec(text.slice(Math.max(0, trigger.start - 8), trigger.start));
  if (!m) return undefined;
  const start = trigger.start - m[0].length;
  return { start, end: start + 4, text: m[1]!, value: m[1]! };
}

// "jumelée depuis 1968 avec X", "has had a sister-city agreement with X since 1997", "sister city to X, in Japan, since 1982".
const TWINNING_KIND = /^(?:jumel|sister|twin)/i;
const TIE_SINCE = /^[^.;:!?]{0,80}?(?:depuis|since)\s+(?:(?:l['’]an(?:née)?|the\s+year)\s+)?(\d{4})(?![\p{L}\p{N}])/iu;

/**
 * A twinning that has run since a year: signed that year, an agreement earlier than the one
 * reported. The year, which reads as a duration among the dates, is its date.
 */
export function tieSince(text: string, trigger: Trigger, region: Span): DateMention | undefined {
  if (!TWINNING_KIND.test(trigger.kind)) return undefined;
  const from = Math.max(trigger.start + trigger.kind.length, trigger.end);
  const m = TIE_SINCE.exec(text.slice(from, region.end));
  if (!m) return undefined;
  const start = from + m.index + m[0].length - 4;
  return { start, end: start + 4, text: m[1]!, value: m[1]! };
}

// "…, first signed in 2017", "signée pour la première fois en septembre 2022": the date right after names the first signing.
const FIRST_SIGNED_JUST_BEFORE = /(?:(?:first|originally|initially)\s+(?:signed|concluded|inked)|première\s+fois|initialement|à\s+l['’]origine)[^.;:!?]{0,40}$/iu;

/** The date recalls when an agreement was first signed, not when the one told was. */
export function datesFirstSigning(text: string, date: DateMention): boolean {
  const before = text.slice(Math.max(0, date.start - 80), date.start);
  return FIRST_SIGNED_STEM.test(before) && FIRST_SIGNED_JUST_BEFORE.test(before);
}
