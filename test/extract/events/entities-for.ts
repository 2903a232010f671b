import type { DateMention } from '../../../src/extract/dates/extract-dates.js';
import type { EntityType, ExtractedEntity } from '../../../src/extract/types.js';

/** Entities for a test sentence: each [type, name, ...other forms] gets every mention of its forms. */
export function entitiesFor(text: string, specs: readonly (readonly [EntityType, string, ...string[]])[]): ExtractedEntity[] {
  return specs.map(([type, name, ...aliases]) => {
    const mentions = [name, ...aliases].flatMap((form) => occurrences(text, form));
    if (mentions.length === 0) throw new Error(`test entity not in text: ${name}`);
    return { type, name, aliases, confidence: 1, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
}

/** A date mention for the first occurrence of `form`. */
export function dateFor(text: string, form: string, value: string): DateMention {
  const start = text.indexOf(form);
  if (start < 0) throw new Error(`test date not in text: ${form}`);
  return { start, end: start + form.length, text: form, value };
}

function occurrences(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) out.push({ start: i, end: i + form.length });
  }
  return out;
}
