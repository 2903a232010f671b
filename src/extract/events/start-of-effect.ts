import type { DateMention } from '../dates/extract-dates.js';
import { WordSuffixRegex } from '../text/word-regex.js';

// "dès la rentrée 2027", "à partir de janvier", "from autumn 2026", "starting in 2027", "as of 1 July":
// when what was agreed starts, never when it was signed or a trip took place.
const FROM_THEN = new WordSuffixRegex(
  String.raw`(?:dès\s+(?:la\s+|le\s+|l['’])?(?:rentrée|automne|printemps|été|hiver|session|semestre|trimestre|année\s+(?:scolaire|universitaire)|saison|début|fin|mois)(?:\s+(?:de\s+|d['’]|du\s+))?|à\s+(?:compter|partir)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])(?:(?:la\s+|l['’])?(?:rentrée|automne|printemps|été|hiver|session|année\s+(?:scolaire|universitaire))\s+)?|(?:starting|beginning|commencing|effective)\s+(?:(?:in|on|from)\s+)?(?:the\s+)?(?:(?:fall|autumn|spring|summer|winter|academic\s+year|school\s+year|semester|term)\s+(?:of\s+)?)?|as\s+(?:of|from)\s+(?:the\s+)?|from\s+(?:the\s+)?(?:(?:fall|autumn|spring|summer|winter|start|beginning)\s+(?:of\s+)?|(?:next\s+)?(?:academic|school)\s+year\s+))\s*`,
);
// Every FROM_THEN match holds one of these: the 40 characters before most dates hold none.
const FROM_STEM = /dès|compter|partir|starting|beginning|commencing|effective|as\s+(?:of|from)|from/i;

// "d'une durée de cinq ans (2026-2031)", "a three-year agreement (2025-2028)": the years the agreement runs.
const TERM_BEFORE = /(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:ans|années|years?)\s*\(\s*$/iu;

/** A date that says when an agreement takes effect or how long it runs: no event's date. */
export function isStartOfEffect(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  if (d.value.includes('/') && TERM_BEFORE.test(before)) return true;
  return FROM_STEM.test(before) && FROM_THEN.test(before);
}
