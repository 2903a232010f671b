import type { TimelineItem } from '../../store/review-store.js';
import { html, type SafeHtml } from './html.js';
import { layout, type PageContext } from './layout.js';

/* Agreements on a time axis (SVG, one dot per dated agreement), then the full list. */

const WIDTH = 1000;
const ROW = 18;

function year(date: string | null): number | undefined {
  const match = /^(\d{4})/.exec(date ?? '');
  return match ? Number(match[1]) : undefined;
}

// Labels of dots in the right half go to their left, so that none runs off the chart.
function dot(item: TimelineItem, row: number, x: number): SafeHtml {
  const right = x > WIDTH / 2;
  return html`<a href="/events/${item.eventId}"><circle cx="${x}" cy="${34 + row * ROW}" r="5" fill="${item.reviewStatus === 'pending' ? '#e0a800' : '#2e7d32'}"><title>${item.date}: ${item.kind}</title></circle>
<text x="${right ? x - 9 : x + 9}" y="${38 + row * ROW}" font-size="11" text-anchor="${right ? 'end' : 'start'}">${item.date} · ${item.parties.join(' · ') || item.kind}</text></a>`;
}

function axis(items: readonly TimelineItem[]): SafeHtml {
  const dated = items.filter((i) => year(i.date) !== undefined);
  if (dated.length === 0) return html`<p class="empty">No dated agreement.</p>`;
  const years = dated.map((i) => year(i.date) ?? 0);
  const first = Math.min(...years);
  const span = Math.max(Math.max(...years) - first, 1);
  const px = (y: number): number => 40 + ((y - first) / span) * (WIDTH - 80);
  const height = 40 + dated.length * ROW;
  const ticks = Array.from({ length: span + 1 }, (_, i) => first + i).filter((y) => span <= 20 || y % 5 === 0);
  return html`<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Timeline of agreements">
<line x1="40" y1="20" x2="${WIDTH - 40}" y2="20" stroke="#555"/>
${ticks.map((y) => html`<g><line x1="${px(y)}" y1="16" x2="${px(y)}" y2="${height}" stroke="#ddd"/><text x="${px(y)}" y="12" font-size="10" text-anchor="middle">${y}</text></g>`)}
${dated.map((item, i) => dot(item, i, px(year(item.date) ?? first)))}
</svg>`;
}

export function timelinePage(page: PageContext, items: readonly TimelineItem[]): SafeHtml {
  return layout(page, 'Timeline of agreements', html`<p>Agreements not rejected; green once accepted or edited, amber while pending.</p>
${axis(items)}
<ul class="timeline-list">${items.map((i) => html`<li><span class="badge b-${i.reviewStatus}">${i.reviewStatus}</span> ${i.date ?? 'undated'} — <a href="/events/${i.eventId}">${i.kind}</a>${i.status ? ` (${i.status})` : ''}: ${i.parties.join(' · ')}</li>`)}</ul>`);
}
