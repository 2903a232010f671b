import { byFirstLetter, wordRegex } from '../text/word-regex.js';
import type { ExtractedEntity, Span } from '../types.js';
import type { EntityIndex, EntityMention } from './entity-index.js';

// No leading boundary in the pattern (it would be tried at every offset); checked in titleZones.
// Its branches grouped by first letter, as it is searched over the whole text (see byFirstLetter).
const TITLE = wordRegex(
  `${byFirstLetter(
    String.raw`sous-ministre|ministre|minister|secrétaire|secretary|présidente?|president|vice-présidente?|directeur|directrice|director|mairesse|maire|mayor|bourgmestre|échevine?|préfète?|prefect|chancelière?|chancellor|gouverneure?|governor|premier|déléguée?|consule?|ambassadeur|ambassadrice|ambassador|recteur|rectrice|commissaire|commissioner|chef|PDG|CEO`.split('|'),
    true,
  )}\\b`,
  'giu',
);
// A comma followed by "de …" continues a list of portfolios; any other comma ends the title.
const ZONE_END = /,(?!\s*(?:de|du|des|d['’]|et|and|of)[\s'’])|[()\n;:–—]|\s(?:a|ont|est|sont|has|have|was|were|will|signed|un|une|an)\s|\.(?:\s|$)/u;

/** Spans from a title word ("ministre responsable des …", "président de …") to the end of the title. */
export function titleZones(text: string, index: EntityIndex): Span[] {
  const zones: Span[] = [];
  // exec on the shared global regex rather than matchAll, which clones the RegExp on every call.
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const start = m.index;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    // "le premier accord" is an ordinal; "Premier Notley", "premier ministre", "premier of" are titles.
    if (m[0] === 'premier' && !/^\s+(?:ministre|minister|of|de|du)\b/u.test(text.slice(m.index + 7, m.index + 20))) continue;
    const limit = Math.min(text.length, start + 300);
    const stop = ZONE_END.exec(text.slice(start + m[0].length, limit));
    let end = stop ? start + m[0].length + stop.index : limit;
    const person = index.within(start + m[0].length, end).find((p) => p.entity.type === 'PERSON');
    if (person) end = person.start;
    zones.push({ start, end });
  }
  return zones;
}

export function insideZone(zones: readonly Span[], at: number): Span | undefined {
  return zones.find((z) => z.start <= at && at < z.end);
}

/**
 * Party entities from candidate mentions: a mention inside a person's title counts only
 * as the title's affiliation (the last place of "ministre … du Québec", else its last
 * organization), so portfolios ("Affaires intergouvernementales") are not parties.
 */
export function affiliationParties(zones: readonly Span[], index: EntityIndex, mentions: readonly EntityMention[]): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  const seenZones = new Set<Span>();
  for (const m of mentions) {
    const zone = insideZone(zones, m.start);
    if (!zone) { out.push(m.entity); continue; }
    if (seenZones.has(zone)) continue;
    seenZones.add(zone);
    const inZone = index.within(zone.start, zone.end).filter((x) => x.entity.type !== 'PERSON');
    // "… de Services Nouveau-Brunswick": the place inside the last body names the side.
    const place = index.withinAll(zone.start, zone.end).filter((x) => x.entity.type === 'PLACE').pop();
    const chosen = place ?? inZone.pop();
    if (chosen) out.push(chosen.entity);
  }
  return out;
}
