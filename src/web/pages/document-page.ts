import type { DocumentView, EventDetail } from '../../store/review-store.js';
import { annotatedText } from './annotated-text.js';
import { html, safeHref, type SafeHtml } from './html.js';
import { layout, type PageContext } from './layout.js';

/* One document: metadata, its events, and the text with every mention and evidence span marked. */

function source(uri: string): SafeHtml {
  const href = safeHref(uri);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${uri}</a>` : html`<code>${uri}</code>`;
}

function eventLine(event: EventDetail): SafeHtml {
  return html`<li><span class="badge b-${event.reviewStatus}">${event.reviewStatus}</span>
<a href="/events/${event.id}">${event.type}: ${event.kind}</a> — ${event.parties.map((p) => p.name).join(' · ')}${event.date ? html` (${event.date})` : ''}</li>`;
}

export function documentPage(page: PageContext, doc: DocumentView): SafeHtml {
  const evidence = doc.events.flatMap((e) => e.evidence.map((span) => ({ ...span, eventId: e.id })));
  return layout(page, doc.title ?? `Document ${doc.id}`, html`<dl class="meta">
<dt>Source</dt><dd>${source(doc.source)}</dd>
<dt>Format</dt><dd>${doc.format}</dd>
<dt>Language</dt><dd>${doc.language ?? 'unknown'}</dd>
<dt>Published</dt><dd>${doc.publishedAt ?? 'unknown'}</dd>
<dt>Received</dt><dd>${doc.createdAt.toISOString()}</dd>
</dl>
<h2>Events</h2>
${doc.events.length === 0 ? html`<p class="empty">No event extracted.</p>` : html`<ul class="events">${doc.events.map(eventLine)}</ul>`}
<h2>Text</h2>
<p class="legend"><span class="mention m-ORG">organization</span> <span class="mention m-PERSON">person</span> <span class="mention m-PLACE">place</span> <span class="mention m-DATE">date</span> <mark class="evidence">event evidence</mark></p>
<div class="doc-text" id="doc-text">${annotatedText(doc.text, doc.mentions, evidence)}</div>`);
}
