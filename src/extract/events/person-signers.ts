import type { ExtractedEntity } from '../types.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { HONORIFICS, ROLE_WORDS } from '../lexicons/people-titles.js';
import { foldName, GIVEN_NAMES } from '../lexicons/people-given-names.js';
import { fold } from './same-party.js';
import { titledPeople } from './title-leader.js';

// A body's or a place's name shorter than this ("Kim", "Ng") is too common a word of people's names to tell anything.
const MIN_NAME = 4;

/**
 * Who signs or leads is a person: a signatory that is not a PERSON entity, or a "person" whose name is a body's or a
 * place's ("Carmen de Patagones", "Southern Vineyards Review"), is dropped; so is one whose name only adds a word to a place's
 * ("Tempe Art Fair", "Floralia Hradek") unless the text names it with a title or an honorific ("Professor Victoria Ng"),
 * or it is a given name before the place ("Sarah Jackson").
 */
export function withoutNonPersonSigners(drafts: readonly EventDraft[], ctx: MentionContext): void {
  let names: readonly string[] | undefined;
  let titled: ReadonlySet<ExtractedEntity> | undefined;
  for (const d of drafts) {
    if (d.signatories.length === 0) continue;
    names ??= otherNames(ctx);
    d.signatories = d.signatories.filter((p) => {
      if (p.type !== 'PERSON') return false;
      const name = fold(p.name);
      if (names!.includes(name)) return false;
      if (!names!.some((other) => name.startsWith(other + ' ') || (name.endsWith(' ' + other) && !isGivenAndFamilyName(p)))) return true;
      titled ??= new Set(titledPeople(ctx).map((t) => t.person));
      return titled.has(p) || afterHonorific(p, ctx);
    });
  }
}

/**
 * "Sarah Jackson" beside "the City of Jackson": a given name before a place, always written in full, is a person's
 * family name. Where the place's word alone is read as the same "person", the two cannot be told apart.
 */
function isGivenAndFamilyName(p: ExtractedEntity): boolean {
  const words = p.name.split(' ');
  return words.length === 2 && GIVEN_NAMES.has(foldName(words[0]!)) && p.mentions.every((m) => m.end - m.start === p.name.length);
}

/** The folded names and aliases of the document's bodies and places. */
function otherNames(ctx: MentionContext): string[] {
  return ctx.index.entities
    .filter((e) => e.type === 'ORG' || e.type === 'PLACE')
    .flatMap((e) => [e.name, ...(e.aliases ?? [])])
    .map(fold)
    .filter((n) => n.length >= MIN_NAME);
}

// The word just before a name: "Professor", "Dr.", "Mayor".
const WORD_BEFORE = /([\p{L}-]+)\.?\s+$/u;

/** "Professor Victoria Ng", "Mayor Ann Wells": a mention right after an honorific or a role noun. */
function afterHonorific(p: ExtractedEntity, ctx: MentionContext): boolean {
  return p.mentions.some((m) => {
    const word = WORD_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start))?.[1];
    const folded = word ? fold(word) : '';
    return HONORIFICS.has(folded) || ROLE_WORDS.has(folded);
  });
}
