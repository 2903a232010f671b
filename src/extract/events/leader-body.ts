import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import type { MentionContext } from './mention-context.js';
import type { EventDraft } from './merge-mentions.js';
import { fold, foldedName, sameParty } from './same-party.js';

// Between a title and the name after it: ", ", ", M. ", " Cllr ".
const TITLE_TO_NAME = 12;
// Between a name and the title after it: ", ".
const NAME_TO_TITLE = 3;
// "Deputy Mayor", "vice-maire", "adjoint au maire": not the town's own leader.
const DEPUTY = /(?:deputy|vice|adjointe?\s+au|acting)[\s-]*$/iu;
const MAYOR = /^(?:maire|mairesse|mayor|lord\s+mayor|bourgmestre)(?![\p{L}])/iu;

/**
 * "Une délégation conduite par M. X, maire de Fleurville": a trip led by a town's mayor is a trip of
 * the town's council too, when the text names it as a body ("la Ville de Fleurville", "the City of
 * Fleurville", "Fleurville City Council"); the body joins the town among the trip's sides.
 */
export function leaderBodies(drafts: readonly EventDraft[], ctx: MentionContext): void {
  for (const d of drafts) {
    if (d.type !== 'mission' || d.signatories.length === 0) continue;
    const leader = d.signatories[0]!;
    const town = mayorsTown(leader, ctx) ?? (isMayor(leader, ctx) ? travellingTown(d) : undefined);
    const i = town ? d.parties.indexOf(town) : -1;
    const council = town && i >= 0 ? townCouncil(town, ctx.index) : undefined;
    if (council && !d.parties.includes(council)) d.parties = [...d.parties.slice(0, i + 1), council, ...d.parties.slice(i + 1)];
    else if (!council) {
      const body = titledBody(leader, ctx);
      const traveller = d.parties[0];
      // The body of the side that travels: "président de Kerlaouen Métropole" for a trip from Kerlaouen.
      if (body && traveller?.type === 'PLACE' && namesTown(body, traveller) && !d.parties.includes(body)) d.parties = [...d.parties.slice(0, 1), body, ...d.parties.slice(1)];
      // "une délégation marocaine conduite par M. Y, président du conseil communal de X", "led by Y, president of the X
      // Chamber": whatever the side is named as, the body its leader heads travels with it.
      else if (body && !d.parties.some((p) => sameParty(p, body))) d.parties = [...d.parties.slice(0, 1), body, ...d.parties.slice(1)];
    }
  }
}

/** The town whose mayor the person is said to be: "le maire de X, M. Y", "Y, mayor of X", "X Mayor Y". */
function mayorsTown(person: ExtractedEntity, ctx: MentionContext): ExtractedEntity | undefined {
  for (const m of person.mentions) {
    const zone = titleBeside(m, ctx);
    if (!zone || !MAYOR.test(ctx.text.slice(zone.start, zone.end))) continue;
    const inside = ctx.index.withinAll(zone.start, zone.end).filter((x) => x.entity.type === 'PLACE').pop();
    if (inside) return inside.entity;
    // "Fleurville Mayor Y": the town just before the title.
    const before = ctx.index.within(Math.max(0, zone.start - 40), zone.start).pop();
    if (before?.entity.type === 'PLACE' && /^(?:['’]s)?\s+$/u.test(ctx.text.slice(before.end, zone.start))) return before.entity;
  }
  return undefined;
}

/** "Mayor Y", "le maire Y": a mayor whose title names no town. */
function isMayor(person: ExtractedEntity, ctx: MentionContext): boolean {
  return person.mentions.some((m) => {
    const zone = titleBeside(m, ctx);
    return zone !== undefined && MAYOR.test(ctx.text.slice(zone.start, zone.end)) && !DEPUTY.test(ctx.text.slice(Math.max(0, zone.start - 20), zone.start));
  });
}

/** The side that travels, when it is a town: a bare mayor leads the delegation of that town. */
function travellingTown(d: EventDraft): ExtractedEntity | undefined {
  const traveller = d.parties[0];
  return traveller?.type === 'PLACE' ? traveller : undefined;
}

/** "le président de Kerlaouen Métropole, M. Y", "Y, president of the Port of X": the body the leader heads. */
function titledBody(person: ExtractedEntity, ctx: MentionContext): ExtractedEntity | undefined {
  for (const m of person.mentions) {
    const zone = titleBeside(m, ctx);
    if (!zone) continue;
    const body = ctx.index.within(zone.start, zone.end).filter((x) => x.entity.type === 'ORG').pop();
    if (body) return body.entity;
  }
  return undefined;
}

/** The title zone just before a mention of the person ("le maire de X, M. Y") or just after it ("Y, mayor of X"). */
function titleBeside(m: Span, ctx: MentionContext): Span | undefined {
  return ctx.titles.find((z) => (z.end <= m.start && m.start - z.end <= TITLE_TO_NAME) || (z.start >= m.end && z.start - m.end <= NAME_TO_TITLE));
}

function namesTown(body: ExtractedEntity, town: ExtractedEntity): boolean {
  const name = ` ${foldedName(body)} `;
  return name.includes(` ${foldedName(town)} `);
}

/** "Ville de X", "City of (Greater) X", "X City Council", "Commune de X": the town as a body, capitalised as a name. */
export function townCouncil(town: ExtractedEntity, index: EntityIndex): ExtractedEntity | undefined {
  const name = foldedName(town);
  return index.entities.find((e) => e.type === 'ORG' && [e.name, ...(e.aliases ?? [])].some((n) => isCouncilOf(n, name)));
}

const COUNCIL_BEFORE = /^(?:Ville|Commune|Municipalité|Mairie|City|Town)\s+(?:de\s+|d['’]|of\s+)(.+)$/u;
const COUNCIL_AFTER = /^(.+?)\s+(?:City|Town|Borough|County|District)(?:\s+(?:Council|Government))?$/u;

function isCouncilOf(n: string, town: string): boolean {
  const m = COUNCIL_BEFORE.exec(n) ?? COUNCIL_AFTER.exec(n);
  if (!m) return false;
  const named = fold(m[1]!);
  // "City of Greater X" for the town called X.
  return named === town || named === `greater ${town}`;
}
