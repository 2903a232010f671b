import { TOWN_COUNCIL_HEADS } from '../lexicons/town-body-words.js';
import type { ExtractedEntity } from '../types.js';
import { isMunicipalBodyOf } from './balanced-town-sides.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { sameParty } from './same-party.js';

// A council named by its role alone: the town's council heads of lexicons/town-body-words, a few more, and the bare word.
const UNNAMED_COUNCIL_HEADS = [...TOWN_COUNCIL_HEADS, 'municipal council', 'village council', 'district council', 'conseil de ville', 'council', 'conseil']
  .sort((a, b) => b.length - a.length)
  .map((head) => head.replace(/ /g, String.raw`\s+`));

// A sentence whose subject is a council named by its role alone: "Council will be asked …", "City councilors voted …",
// "Le conseil municipal autorise le maire …". "Le conseil municipal de X" names its town and is read as a side already,
// and "the Council of Europe" is no town's: the head is taken whole (a lookahead cannot give back "municipal") before
// "de", "of" is refused.
const UNNAMED_COUNCIL_SUBJECT = new RegExp(
  String.raw`^(?:(?:the|le)\s+)?(?=(${UNNAMED_COUNCIL_HEADS.join('|')}))\1(?!\s+(?:(?:of|de|du|des)(?![\p{L}])|d['’]))(?:\s+members|l?ors)?(?![\p{L}])`,
  'iu',
);

// "… an agreement with the City of Y", "une entente avec la municipalité de Y": the partner right after "with".
const WITH_BEFORE = /(?:^|[^\p{L}])(?:with|avec)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;

/**
 * A council named with no town asked to approve an agreement "with Y" ("Council will be asked to …"), "Le conseil
 * autorise le maire à signer une entente avec Y": a town's council speaks of an agreement with its partner alone; the
 * other side is the town the story is filed from, as the body the text names for it ("City of X") when it names one.
 */
export function councilHomeSides(drafts: readonly EventDraft[], ctx: MentionContext, filedAt: ExtractedEntity | undefined): void {
  if (!filedAt) return;
  const home = homeSide(filedAt, ctx.index.entities);
  for (const d of drafts) {
    const partner = d.parties[0];
    if (d.type !== 'agreement' || d.parties.length !== 1 || sameParty(partner!, home) || sameParty(partner!, filedAt)) continue;
    if (d.mentions.some((m) => m.type === 'agreement' && councilWithPartner(ctx, m.sentence.start, m.region.end, partner!))) d.parties = [home, partner!];
  }
}

function homeSide(town: ExtractedEntity, entities: readonly ExtractedEntity[]): ExtractedEntity {
  const bodies = entities.filter((e) => e.type === 'ORG' && isMunicipalBodyOf(e, town));
  return bodies.length === 1 ? bodies[0]! : town;
}

function councilWithPartner(ctx: MentionContext, sentenceStart: number, end: number, partner: ExtractedEntity): boolean {
  if (!UNNAMED_COUNCIL_SUBJECT.test(ctx.text.slice(sentenceStart, sentenceStart + 40))) return false;
  return ctx.index.within(sentenceStart, end).some((m) => m.entity === partner && WITH_BEFORE.test(ctx.text.slice(Math.max(sentenceStart, m.start - 12), m.start)));
}
