import { countryCoordinates, lookupPlace, lookupPlaceInName, type Coordinates } from './review-geo.js';
import type { MapData, MapLink, MapPoint } from './review-store.js';
import type { ReviewDatabase } from './review-tables.js';

/*
 * The map of accepted events: each event's place, and a line between the territories of
 * every two parties of an agreement. A party's territory is its own coordinates (places),
 * its country, or its name in the gazetteer; parties with none fall back to the places the
 * event's evidence mentions.
 */

interface Located {
  readonly name: string;
  readonly at: Coordinates;
}

interface PartyRow {
  readonly event_id: string;
  readonly name: string;
  readonly type: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly country: string | null;
}

export async function mapData(db: ReviewDatabase): Promise<MapData> {
  const events = await db
    .selectFrom('events')
    .select(['id', 'type', 'place', 'document_id', 'evidence'])
    .where('review_status', 'in', ['accepted', 'edited'])
    .orderBy('id')
    .limit(2000)
    .execute();
  if (events.length === 0) return { points: [], links: [] };
  const parties = await db
    .selectFrom('event_roles as r')
    .innerJoin('entities as en', 'en.id', 'r.entity_id')
    .select(['r.event_id', 'en.name', 'en.type', 'en.lat', 'en.lon', 'en.country'])
    .where('r.event_id', 'in', events.map((e) => e.id))
    .where('r.role', '=', 'party')
    .orderBy('r.position')
    .execute();
  const points = new Map<string, { name: string; lat: number; lon: number; events: string[] }>();
  const links: MapLink[] = [];
  for (const event of events) {
    const place = event.place ? locateName(event.place) : undefined;
    if (place) addPoint(points, place, event.id);
    let territories = dedupe(parties.filter((p) => p.event_id === event.id).map(locateParty).filter(isLocated));
    if (territories.length < 2) territories = dedupe([...territories, ...(await evidencePlaces(db, event.document_id, event.evidence as { start: number; end: number }[]))]);
    const located = territories.map((t) => addPoint(points, t, event.id));
    if (event.type === 'agreement') links.push(...pairs(event.id, located));
  }
  return { points: [...points.values()], links };
}

function isLocated(value: Located | undefined): value is Located {
  return value !== undefined;
}

function locateName(name: string): Located | undefined {
  const at = lookupPlace(name);
  return at ? { name, at } : undefined;
}

function locateParty(party: PartyRow): Located | undefined {
  if (party.lat !== null && party.lon !== null) return { name: party.name, at: { lat: party.lat, lon: party.lon, country: party.country ?? '' } };
  if (party.type === 'PLACE') return locateName(party.name);
  const at = (party.country ? countryCoordinates(party.country) : undefined) ?? lookupPlaceInName(party.name);
  return at ? { name: party.name, at } : undefined;
}

async function evidencePlaces(db: ReviewDatabase, documentId: string, evidence: readonly { start: number; end: number }[]): Promise<Located[]> {
  if (evidence.length === 0) return [];
  const rows = await db
    .selectFrom('mentions as m')
    .innerJoin('entities as en', 'en.id', 'm.entity_id')
    .select(['m.start_offset', 'm.end_offset', 'en.name', 'en.type', 'en.lat', 'en.lon', 'en.country'])
    .where('m.document_id', '=', documentId)
    .where('en.type', '=', 'PLACE')
    .execute();
  const inside = rows.filter((m) => evidence.some((span) => m.start_offset >= span.start && m.end_offset <= span.end));
  return inside.map((m) => locateParty({ event_id: '', ...m })).filter(isLocated);
}

// Two parties in one city are one territory: no line of length zero.
function dedupe(located: readonly Located[]): Located[] {
  const seen = new Set<string>();
  return located.filter((l) => {
    const key = `${l.at.lat.toFixed(2)},${l.at.lon.toFixed(2)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function addPoint(points: Map<string, { name: string; lat: number; lon: number; events: string[] }>, located: Located, eventId: string): MapPoint {
  const key = `${located.at.lat.toFixed(2)},${located.at.lon.toFixed(2)}`;
  const point = points.get(key) ?? { name: located.name, lat: located.at.lat, lon: located.at.lon, events: [] };
  if (!point.events.includes(eventId)) point.events.push(eventId);
  points.set(key, point);
  return point;
}

function pairs(eventId: string, points: readonly MapPoint[]): MapLink[] {
  return points.flatMap((from, i) => points.slice(i + 1).map((to) => ({ eventId, from, to })));
}
