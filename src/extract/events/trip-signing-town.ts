import type { ExtractedEntity, ExtractedEvent } from '../types.js';
import type { EntityIndex } from './entity-index.js';
import { territoryOf } from './pair-anaphor.js';
import { countryOf, insideTerritory, placeRank } from './place-rank.js';
import { withPlace } from './same-day-place.js';
import { dayInSpan } from './trip-day-place.js';

/**
 * "A delegation from Y was in Wales from 19 to 23 October … The memorandum between X University and
 * Y College was signed on 22 October at the university's campus": an agreement signed on a day of a
 * trip, at a venue that names no town, was signed where the trip went: in its town when the trip names
 * one, else in the one town among the agreement's sides that lies in the trip's region or country.
 */
export function tripSigningTowns(events: readonly ExtractedEvent[], index: EntityIndex): ExtractedEvent[] {
  const trips = events.filter((t) => t.type === 'mission' && t.place && t.date);
  if (trips.length === 0) return [...events];
  return events.map((e) => {
    if (e.type !== 'agreement' || e.place || e.status !== 'signed' || !e.date) return e;
    const places = new Set(trips.filter((t) => dayInSpan(e.date!, t.date!)).map((t) => t.place!));
    const tripPlace = places.size === 1 ? placeNamed([...places][0]!, index) : undefined;
    if (!tripPlace) return e;
    const town = placeRank(tripPlace) === 1 ? tripPlace : sideTownIn(e, tripPlace, index);
    return town ? withPlace(e, town.name) : e;
  });
}

function placeNamed(name: string, index: EntityIndex): ExtractedEntity | undefined {
  return index.entities.find((x) => x.type === 'PLACE' && x.name === name);
}

/** The one town, among the towns the agreement's sides are named after, that lies in `area`. */
function sideTownIn(e: ExtractedEvent, area: ExtractedEntity, index: EntityIndex): ExtractedEntity | undefined {
  const towns = new Set<ExtractedEntity>();
  for (const name of e.parties) {
    const town = sideTown(name, index);
    if (town && placeRank(town) === 1 && liesIn(town, area)) towns.add(town);
  }
  return towns.size === 1 ? [...towns][0] : undefined;
}

/**
 * The town a side is, or the town its body is named after. Sides are places or bodies, never people:
 * a place of the side's name comes before a body of that name (a club or a firm named after its town).
 */
function sideTown(name: string, index: EntityIndex): ExtractedEntity | undefined {
  const side = placeNamed(name, index) ?? index.entities.find((x) => x.type === 'ORG' && x.name === name);
  return side && territoryOf(side, index);
}

function liesIn(town: ExtractedEntity, area: ExtractedEntity): boolean {
  if (insideTerritory(town, area)) return true;
  const country = countryOf(area);
  return town.geo !== undefined && country !== undefined && town.geo.country === country;
}
