import { isWordBounded } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';

// Forms shorter than this ("UK", "Ma") match too many unrelated words to be trusted.
const MIN_FORM_LENGTH = 3;
// Past this much scanning (text length × forms), the input is no article: its mentions are taken as given.
const MAX_SCAN = 20_000_000;

/**
 * Mentions of a named entity that the entity finder listed under another occurrence only
 * ("signed in Cardiff" when "Cardiff" is a PLACE of the document): every exact, word-bounded
 * occurrence of a name or alias that no mention covers yet.
 */
export function missedMentions(text: string, entities: readonly ExtractedEntity[]): { entity: ExtractedEntity; span: Span }[] {
  const forms = entities.flatMap((entity) => formsOf(entity).map((form) => ({ entity, form })));
  if (forms.length * text.length > MAX_SCAN) return [];
  const covered = new Uint8Array(text.length);
  for (const e of entities) for (const m of e.mentions) covered.fill(1, m.start, m.end);
  // Longer forms first, so "Aberwen University" is taken before "Aberwen".
  forms.sort((a, b) => b.form.length - a.form.length);
  const out: { entity: ExtractedEntity; span: Span }[] = [];
  for (const { entity, form } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (isCovered(covered, at, end) || !isWordBounded(text, at, end)) continue;
      covered.fill(1, at, end);
      out.push({ entity, span: { start: at, end } });
    }
  }
  return out;
}

// "Veltrane inc.", "Optiscan SAS": a company named again without its legal form.
const LEGAL_FORM = /\s+(?:inc|ltd|ltée|llc|corp|co|sa|sas|sarl|sprl|gmbh|ag|plc|limited|incorporated)\.?$/iu;

function formsOf(entity: ExtractedEntity): string[] {
  const forms = [entity.name, ...(entity.aliases ?? [])];
  const bare = entity.type === 'ORG' ? entity.name.replace(LEGAL_FORM, '') : entity.name;
  if (bare !== entity.name && bare.length > MIN_FORM_LENGTH) forms.push(bare);
  return forms.filter((f) => f.length >= MIN_FORM_LENGTH);
}

function isCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (covered[k] === 1) return true;
  return false;
}
