import type { ExtractedEntity } from '../types.js';
import type { EntityMention } from './entity-index.js';
import { leaderTown } from './host-town-signing.js';
import type { MentionContext } from './mention-context.js';
import { territoryOf } from './pair-anaphor.js';
import { TITLE_WORDS } from './title-zones.js';
import { onlyHonorifics } from './titles-before-name.js';

// How many mentions of a signer are read for the side their title names.
const MAX_SIGNER_MENTIONS = 8;
// From the side's name to the person's: " Mayor ", " President Professor ", "'s Governor ".
const SIDE_TO_NAME = 40;

// "Korvel Mayor X", "the Estamir Harbour Board Chair Professor X": capitalized words holding a title word.
// "Korvel's executive mayor, X": after a possessive, any words of the title, and a comma before the name.
const TITLE_AFTER_SIDE = new RegExp(
  String.raw`^(?:\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}?|['’]s\s+(?:[\p{L}.\-]+\s+){0,2}?)(?:${TITLE_WORDS.map(capitalizable).join('|')})(?![\p{L}\p{N}])\.?,?\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}$`,
  'u',
);
/** "mayor" as "[mM]ayor": the title's first letter in either case, the rest as written. */
function capitalizable(word: string): string {
  return `[${word[0]!.toLowerCase()}${word[0]!.toUpperCase()}]${word.slice(1)}`;
}

// "son homologue de Korvel, X", "his counterpart from Korvel, X".
const COUNTERPART_OF = /(?:homologue|counterpart)\s+(?:de|du|d['’]|from|of|in)\s*(?:la\s+|the\s+)?$/iu;
// Between the side and the name: a comma, and honorifics only (lexicons/people-titles): ", Dr. ".
const COUNTERPART_NAME = /^\s*,(?<honorifics>(?:\s*\p{L}+\.?(?![\p{L}])){0,2}\s*)$/u;

/**
 * The town of the side a signer signs for: the title's body ("le maire de Y, X"), else the side named just
 * before the title ("Korvel Mayor X") or before "son homologue de Korvel, X".
 */
export function signerTown(signer: ExtractedEntity, ctx: MentionContext): ExtractedEntity | undefined {
  const town = leaderTown(signer, ctx);
  if (town) return town;
  for (const m of ctx.index.all.filter((x) => x.entity === signer).slice(0, MAX_SIGNER_MENTIONS)) {
    const before = sideMentionBefore(m, ctx);
    const side = before && (sideBeforeTitle(m, before, ctx) ?? counterpartSide(m, before, ctx));
    const territory = side && territoryOf(side, ctx.index);
    if (territory) return territory;
  }
  return undefined;
}

/** The last mention other than a person's just before the signer's name: the side a title or "homologue de" may name. */
function sideMentionBefore(m: EntityMention, ctx: MentionContext): EntityMention | undefined {
  return ctx.index.within(Math.max(0, m.start - SIDE_TO_NAME), m.start).filter((x) => x.entity.type !== 'PERSON').pop();
}

function sideBeforeTitle(m: EntityMention, before: EntityMention, ctx: MentionContext): ExtractedEntity | undefined {
  return TITLE_AFTER_SIDE.test(ctx.text.slice(before.end, m.start)) ? before.entity : undefined;
}

function isCounterpartName(gap: string): boolean {
  const honorifics = COUNTERPART_NAME.exec(gap)?.groups?.honorifics;
  return honorifics !== undefined && onlyHonorifics(honorifics);
}

function counterpartSide(m: EntityMention, before: EntityMention, ctx: MentionContext): ExtractedEntity | undefined {
  if (!isCounterpartName(ctx.text.slice(before.end, m.start))) return undefined;
  return COUNTERPART_OF.test(ctx.text.slice(Math.max(0, before.start - 30), before.start)) ? before.entity : undefined;
}
