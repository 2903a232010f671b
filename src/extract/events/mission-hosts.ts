import type { ExtractedEntity } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import type { EventMention } from './event-mention.js';
import type { EventDraft } from './merge-mentions.js';
import { insideTerritory, placeRank } from './place-rank.js';
import { isSitePlaceName } from './find-arguments.js';

/**
 * A trip has one host per country: "une mission économique à Kilmarra et à Dublin, en Irlande" went to
 * Ireland, and Kilmarra and Dublin are its stops; "a trade mission to Taiwan … in Taipei and Kaohsiung"
 * went to Taiwan. Of the places the trip was sent to within one country, the largest (else the
 * first named) stays a party; the others are stops. A trip to Japan and South Korea keeps both, and so does
 * one "to Arden and Velm" that names only towns, listed together.
 * The trip's place, when it is a stop inside the host, becomes the host.
 */
export function keepOneHost(d: EventDraft, text: string, index: EntityIndex): void {
  if (d.type !== 'mission') return;
  const hosts: ExtractedEntity[] = [];
  for (const m of d.mentions) for (const h of m.hosts ?? []) if (!hosts.includes(h) && d.parties.includes(h)) hosts.push(h);
  if (hosts.length < 2 && !(hosts.length === 1 && d.place && insideTerritory(d.place, hosts[0]!))) return;
  if (hosts.length > 1 && hosts.every((h) => h.type === 'PLACE' && placeRank(h) === 1) && d.mentions.some((m) => listsTowns(m, hosts, text, index))) return;
  const kept: ExtractedEntity[] = [];
  for (const h of hosts) {
    const i = kept.findIndex((k) => sameCountry(k, h));
    if (i < 0) kept.push(h);
    else if (placeRank(h) > placeRank(kept[i]!)) kept[i] = h;
  }
  d.parties = d.parties.filter((p) => !hosts.includes(p) || kept.includes(p));
  const host = d.place && kept.find((k) => insideTerritory(d.place!, k));
  if (host) d.place = host;
}

// Between two towns of one list: "and", "et", "et à", a comma.
const TOWN_LIST_GLUE = /^\s*(?:,\s*)?(?:(?:and|et)\s+(?:(?:to|à|in)\s+)?)?$/iu;

/** The mention names every host in one list of towns ("to Arden, Velm and Lusk"). */
function listsTowns(m: EventMention, hosts: readonly ExtractedEntity[], text: string, index: EntityIndex): boolean {
  const spots = index.within(m.region.start, m.region.end).filter((x) => hosts.includes(x.entity));
  if (new Set(spots.map((x) => x.entity)).size !== hosts.length) return false;
  return spots.every((x, i) => i === 0 || TOWN_LIST_GLUE.test(text.slice(spots[i - 1]!.end, x.start)));
}

function sameCountry(a: ExtractedEntity, b: ExtractedEntity): boolean {
  return a.geo !== undefined && b.geo !== undefined && a.geo.country === b.geo.country;
}

/**
 * "La cérémonie s'est tenue au pavillon X, en présence d'une délégation reçue à Gatineau": a building
 * the trip was received in is where it met, not the side that hosted it, when another side is named;
 * so with a port, a square or a garden it visited ("site visits at the Port of X").
 */
export function withoutVenueHosts(d: EventDraft): void {
  if (d.type !== 'mission' || d.parties.length < 2) return;
  const venues = d.parties.filter((p) => p.type === 'PLACE' && isSitePlaceName(p.name));
  if (venues.length === 0 || !d.parties.some((p) => !venues.includes(p))) return;
  d.parties = d.parties.filter((p) => !venues.includes(p));
  if (d.place && venues.includes(d.place)) d.place = undefined;
}

/**
 * "Accompagné d'une délégation venue de la France, le maire de Villebrune-sur-Orbe …": the travelling
 * side named at two scales is the town; the country that holds it is no side of its own (a host
 * country stays: keepOneHost chooses among hosts).
 */
export function withoutHomeCountry(d: EventDraft): void {
  if (d.type !== 'mission' || d.parties.length < 3) return;
  const hosts = draftHosts(d);
  // insideTerritory first: it asks the gazetteer only for places of one country.
  const home = (p: ExtractedEntity) => !hosts.has(p) && p !== d.place && d.parties.some((q) => q !== p && !hosts.has(q) && insideTerritory(q, p)) && placeRank(p) === 3;
  d.parties = d.parties.filter((p) => !home(p));
}

/** The places a draft's mentions say it went to. */
export function draftHosts(d: EventDraft): Set<ExtractedEntity> {
  return new Set(d.mentions.flatMap((m) => m.hosts ?? []));
}
