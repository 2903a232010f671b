import type { MapData } from '../../store/review-store.js';
import { html, raw, type SafeHtml } from './html.js';
import { layout, type PageContext } from './layout.js';
import { LAND } from './world-outline.js';

/* The map: an SVG equirectangular world (no tiles, works offline), event places and party links. */

const SCALE = 3;
const x = (lon: number): string => ((lon + 180) * SCALE).toFixed(1);
const y = (lat: number): string => ((90 - lat) * SCALE).toFixed(1);

function base(): SafeHtml {
  const meridians = Array.from({ length: 13 }, (_, i) => -180 + i * 30).map((lon) => `<line x1="${x(lon)}" y1="0" x2="${x(lon)}" y2="${180 * SCALE}"/>`);
  const parallels = Array.from({ length: 7 }, (_, i) => -90 + i * 30).map((lat) => `<line x1="0" y1="${y(lat)}" x2="${360 * SCALE}" y2="${y(lat)}"/>`);
  const land = LAND.map((ring) => `<polygon points="${ring.map(([lon, lat]) => `${x(lon)},${y(lat)}`).join(' ')}"/>`);
  // Our own numbers only: no data goes through raw().
  return raw(`<rect width="${360 * SCALE}" height="${180 * SCALE}" fill="#dbe9f4"/>
<g fill="#f4f1e8" stroke="#b7ae96" stroke-width="0.8">${land.join('')}</g>
<g stroke="#9fb6c8" stroke-width="0.4" stroke-dasharray="2 3">${meridians.join('')}${parallels.join('')}</g>`);
}

export function mapSvg(data: MapData): SafeHtml {
  return html`<svg class="world" viewBox="0 0 ${360 * SCALE} ${180 * SCALE}" role="img" aria-label="Map of accepted events" xmlns="http://www.w3.org/2000/svg">
${base()}
<g stroke="#c0392b" stroke-width="1.6" stroke-opacity="0.7" fill="none">${data.links.map((l) => html`<line class="link" x1="${x(l.from.lon)}" y1="${y(l.from.lat)}" x2="${x(l.to.lon)}" y2="${y(l.to.lat)}"><title>${l.from.name} — ${l.to.name} (event ${l.eventId})</title></line>`)}</g>
<g>${data.points.map((p) => html`<a href="/events/${p.events[0] ?? ''}"><circle class="place" cx="${x(p.lon)}" cy="${y(p.lat)}" r="4" fill="#1f4e79" stroke="#fff" stroke-width="1"><title>${p.name}: ${p.events.length} event(s)</title></circle>
<text x="${x(p.lon)}" y="${y(p.lat)}" dx="6" dy="-4" font-size="10" fill="#1f2d3d">${p.name}</text></a>`)}</g>
</svg>`;
}

export function mapPage(page: PageContext, data: MapData): SafeHtml {
  return layout(page, 'Map', html`<p>Places of accepted events, and lines between the territories of the parties to each agreement.</p>
${mapSvg(data)}
${data.points.length === 0 ? html`<p class="empty">No accepted event with a known place yet.</p>` : html`<table><thead><tr><th>Place</th><th>Lat</th><th>Lon</th><th>Events</th></tr></thead><tbody>${data.points.map((p) => html`<tr><td>${p.name}</td><td>${p.lat.toFixed(2)}</td><td>${p.lon.toFixed(2)}</td><td>${p.events.map((id) => html`<a href="/events/${id}">${id}</a> `)}</td></tr>`)}</tbody></table>`}`);
}
