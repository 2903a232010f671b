import type { Span } from '../types.js';

// "Seoyang City, capital of Dongbuk-do", "la Ville de Niamey, capitale du Niger", "Hasselt, chef-lieu de la province de
// Limbourg": the larger place described after a party only locates it.
const CAPITAL_OF =
  /,\s*(?:the\s+|la\s+|le\s+|l['’])?(?:capital|capitale|chef-lieu|county\s+seat|seat)(?:\s+(?:city|économique|politique|régionale|provinciale|administrative|economic|political|regional|provincial|administrative))?\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?:(?:province|state|region|county|prefecture|district|région|département|préfecture|état|canton)\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?)?$/iu;
const REACH = 80;
const STEM = /capital|chef-lieu|seat/i;

/** True when the place mention `m` is named as what a party is the capital or the seat of. */
export function isCapitalOf(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - REACH), m.start);
  return STEM.test(before) && CAPITAL_OF.test(before);
}
