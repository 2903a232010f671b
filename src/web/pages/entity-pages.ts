import type { EntityDetail, EntityRef } from '../../store/review-store.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout, type PageContext } from './layout.js';

/* The entity list (search) and one entity: mentions across documents, rename, merge, split. */

export function entityListPage(page: PageContext, q: string, entities: readonly EntityRef[]): SafeHtml {
  return layout(page, 'Entities', html`<form method="get" action="/entities" class="filters">
<label>Name or alias <input type="search" name="q" value="${q}"></label><button type="submit">Search</button></form>
${entities.length === 0 ? html`<p class="empty">No entity.</p>` : html`<ul class="entities">${entities.map((e) => html`<li><span class="mention m-${e.type}">${e.type}</span> <a href="/entities/${e.id}">${e.name}</a></li>`)}</ul>`}`);
}

function mentions(entity: EntityDetail): SafeHtml {
  if (entity.mentions.length === 0) return html`<p class="empty">No mention.</p>`;
  return html`<ul class="mentions">${entity.mentions.map((m) => html`<li><a href="/documents/${m.documentId}">${m.documentTitle ?? `document ${m.documentId}`}</a>: …${m.before}<mark class="mention m-${entity.type}">${m.text}</mark>${m.after}…</li>`)}</ul>`;
}

function aliases(page: PageContext, entity: EntityDetail): SafeHtml {
  if (entity.aliases.length === 0) return html`<p class="empty">No alias.</p>`;
  return html`<ul class="aliases">${entity.aliases.map((alias) => html`<li>${alias}
<form method="post" action="/entities/${entity.id}/split" class="inline">${csrfField(page)}<input type="hidden" name="alias" value="${alias}"><button type="submit">Split off as its own entity</button></form></li>`)}</ul>`;
}

function mergeForm(page: PageContext, entity: EntityDetail, suggestions: readonly EntityRef[]): SafeHtml {
  return html`${suggestions.map((s) => html`<form method="post" action="/entities/${entity.id}/merge" class="inline suggestion">${csrfField(page)}<input type="hidden" name="other" value="${s.id}"><button type="submit">Merge “${s.name}” into this entity</button></form>`)}
<form method="post" action="/entities/${entity.id}/merge" class="inline" id="merge-form">${csrfField(page)}
<label>Merge into this entity: <input type="text" name="other" id="merge-other" placeholder="name, alias or id" required></label>
<button type="submit">Merge</button></form>`;
}

export function entityPage(page: PageContext, entity: EntityDetail, suggestions: readonly EntityRef[]): SafeHtml {
  return layout(page, entity.name, html`<dl class="meta">
<dt>Type</dt><dd>${entity.type}</dd><dt>Key</dt><dd><code>${entity.key}</code></dd>
${entity.lat !== null && entity.lon !== null ? html`<dt>Coordinates</dt><dd>${entity.lat.toFixed(3)}, ${entity.lon.toFixed(3)} ${entity.country ?? ''}</dd>` : ''}
</dl>
<h2>Rename</h2>
<form method="post" action="/entities/${entity.id}/rename" class="inline" id="rename-form">${csrfField(page)}
<input type="text" name="name" value="${entity.name}" required><button type="submit">Rename</button> <small>the old name stays an alias</small></form>
<h2>Merge</h2>
${mergeForm(page, entity, suggestions)}
<h2>Aliases</h2>
${aliases(page, entity)}
<h2>Events</h2>
${entity.events.length === 0 ? html`<p class="empty">No event.</p>` : html`<ul>${entity.events.map((e) => html`<li>${e.role} of <a href="/events/${e.id}">${e.type}: ${e.kind}</a></li>`)}</ul>`}
<h2>Mentions (${entity.mentions.length})</h2>
${mentions(entity)}
<p><a href="/audit?subjectType=entity&amp;subjectId=${entity.id}">History of this entity</a></p>`);
}
