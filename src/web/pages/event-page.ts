import { EVENT_STATUSES, EVENT_TYPES } from '../../extract/types.js';
import type { EventDetail } from '../../store/review-store.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout, type PageContext } from './layout.js';

/* The event editor: evidence excerpts, the correction form, accept/reject, next/previous. */

export interface EventPageData {
  readonly event: EventDetail;
  readonly text: string;
  readonly documentTitle: string | null;
  readonly adjacent: { readonly previous?: string; readonly next?: string };
  readonly notice?: string;
}

const CONTEXT = 80;

function excerpts(text: string, event: EventDetail): SafeHtml {
  if (event.evidence.length === 0) return html`<p class="empty">No evidence span.</p>`;
  return html`<ul class="evidence-list">${event.evidence.map((span) => html`<li>…${text.slice(Math.max(0, span.start - CONTEXT), span.start)}<mark class="evidence">${text.slice(span.start, span.end)}</mark>${text.slice(span.end, span.end + CONTEXT)}…</li>`)}</ul>`;
}

function select(name: string, values: readonly string[], selected: string | null, blank?: string): SafeHtml {
  return html`<select name="${name}" id="f-${name}">${blank !== undefined ? html`<option value="">${blank}</option>` : ''}${values.map((v) => html`<option value="${v}"${v === selected ? html` selected` : ''}>${v}</option>`)}</select>`;
}

function field(label: string, name: string, value: string | null): SafeHtml {
  return html`<label>${label} <input type="text" name="${name}" id="f-${name}" value="${value ?? ''}"></label>`;
}

function editor(page: PageContext, event: EventDetail): SafeHtml {
  return html`<form method="post" action="/events/${event.id}" class="editor" id="edit-form">${csrfField(page)}
<label>Type ${select('type', EVENT_TYPES, event.type)}</label>
<label>Status ${select('status', EVENT_STATUSES, event.status, '(none)')}</label>
${field('Kind', 'kind', event.kind)}
<label>Parties <small>one per line</small><textarea name="parties" id="f-parties" rows="4">${event.parties.map((p) => p.name).join('\n')}</textarea></label>
<label>Signatories <small>one per line</small><textarea name="signatories" id="f-signatories" rows="3">${event.signatories.map((p) => p.name).join('\n')}</textarea></label>
${field('Date (ISO)', 'date', event.date)}
${field('Date as written', 'dateText', event.dateText)}
${field('Place', 'place', event.place)}
${field('Occasion', 'occasion', event.occasion)}
<button type="submit" id="save">Save correction</button>
</form>`;
}

function decisions(page: PageContext, event: EventDetail): SafeHtml {
  return html`<div class="decisions">
<form method="post" action="/events/${event.id}/accept" id="accept-form" class="inline">${csrfField(page)}<button type="submit" class="accept">Accept (a)</button></form>
<form method="post" action="/events/${event.id}/reject" id="reject-form" class="inline">${csrfField(page)}<button type="submit" class="reject">Reject (r)</button></form>
</div>`;
}

export function eventPage(page: PageContext, data: EventPageData): SafeHtml {
  const { event, adjacent } = data;
  return layout(page, `${event.type}: ${event.kind}`, html`
${data.notice ? html`<p class="notice" role="status">${data.notice}</p>` : ''}
<p><span class="badge b-${event.reviewStatus}" id="review-status">${event.reviewStatus}</span>
${event.reviewedBy ? html` by ${event.reviewedBy} at ${event.reviewedAt?.toISOString() ?? ''}` : ''}
· confidence ${event.confidence.toFixed(2)} · from <a href="/documents/${event.documentId}">${data.documentTitle ?? `document ${event.documentId}`}</a></p>
<nav class="pager">${adjacent.previous ? html`<a id="prev-link" rel="prev" href="/events/${adjacent.previous}">← previous (k)</a>` : ''}
${adjacent.next ? html`<a id="next-link" rel="next" href="/events/${adjacent.next}">next (j) →</a>` : ''}</nav>
<h2>Evidence</h2>
${excerpts(data.text, event)}
<h2>Record</h2>
${decisions(page, event)}
${editor(page, event)}
<p><a href="/audit?subjectType=event&amp;subjectId=${event.id}">History of this event</a></p>`);
}
