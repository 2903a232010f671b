import { EVENT_STATUSES, EVENT_TYPES, LANGUAGES } from '../../extract/types.js';
import type { QueueFilter, QueuePage } from '../../store/review-store.js';
import { REVIEW_STATUSES } from '../../store/store.js';
import { html, query, type SafeHtml } from './html.js';
import { layout, type PageContext } from './layout.js';

/* The review queue: filters (a GET form), one row per event, keyset "next page" link. */

function options(values: readonly string[], selected: string | undefined, any: string): SafeHtml {
  return html`<option value="">${any}</option>${values.map((v) => html`<option value="${v}"${v === selected ? html` selected` : ''}>${v}</option>`)}`;
}

function filters(filter: QueueFilter): SafeHtml {
  return html`<form class="filters" method="get" action="/queue">
<label>Search <input type="search" name="q" value="${filter.q ?? ''}" placeholder="words, accents optional"></label>
<label>Review <select name="review"><option value="pending">pending</option>${['all', ...REVIEW_STATUSES.filter((s) => s !== 'pending')].map((v) => html`<option value="${v}"${v === filter.review ? html` selected` : ''}>${v}</option>`)}</select></label>
<label>Type <select name="type">${options(EVENT_TYPES, filter.type, 'any')}</select></label>
<label>Status <select name="status">${options(EVENT_STATUSES, filter.status, 'any')}</select></label>
<label>Language <select name="language">${options(LANGUAGES, filter.language, 'any')}</select></label>
<label>Source <input type="text" name="source" value="${filter.source ?? ''}"></label>
<label>From <input type="text" name="from" value="${filter.from ?? ''}" placeholder="YYYY-MM-DD" size="10"></label>
<label>To <input type="text" name="to" value="${filter.to ?? ''}" placeholder="YYYY-MM-DD" size="10"></label>
<button type="submit">Filter</button>
</form>`;
}

function row(item: QueuePage['items'][number]): SafeHtml {
  return html`<tr class="row" data-href="/events/${item.eventId}">
<td><span class="badge b-${item.reviewStatus}">${item.reviewStatus}</span></td>
<td>${item.type}${item.status ? html` <small>${item.status}</small>` : ''}</td>
<td><a href="/events/${item.eventId}">${item.kind}</a></td>
<td>${item.parties.join(' · ')}</td>
<td>${item.date ?? ''}</td>
<td><a href="/documents/${item.documentId}">${item.documentTitle ?? item.source}</a></td>
<td>${item.language ?? ''}</td>
</tr>`;
}

export function queuePage(page: PageContext, filter: QueueFilter, result: QueuePage): SafeHtml {
  const { cursor: _cursor, ...rest } = filter;
  const next = result.next ? `/queue${query({ ...rest, cursor: result.next })}` : undefined;
  return layout(page, 'Review queue', html`${filters(filter)}
<p class="hint">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous row, <kbd>Enter</kbd> open, <kbd>a</kbd> accept, <kbd>r</kbd> reject.</p>
${result.items.length === 0 ? html`<p class="empty">Nothing to review with these filters.</p>` : html`<table class="queue" data-keys="rows">
<thead><tr><th>Review</th><th>Type</th><th>Kind</th><th>Parties</th><th>Date</th><th>Document</th><th>Lang</th></tr></thead>
<tbody>${result.items.map(row)}</tbody></table>`}
${next ? html`<p><a rel="next" href="${next}">Next page →</a></p>` : ''}`);
}
