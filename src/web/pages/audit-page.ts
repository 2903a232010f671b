import type { AuditEntry } from '../../store/review-store.js';
import { html, query, type SafeHtml } from './html.js';
import { layout, type PageContext } from './layout.js';

/* The audit log, newest first: who changed what, with the record before and after. */

function json(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value, null, 1);
}

const IGNORED = new Set(['reviewedAt', 'reviewedBy', 'mentions', 'evidence']);

function short(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null && 'name' in v ? String(v.name) : short(v))).join(', ') || '∅';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** "field: before → after" for each top-level field that changed. */
export function changeSummary(before: unknown, after: unknown): string[] {
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]) && k in b && k in a).map((k) => `${k}: ${short(b[k])} → ${short(a[k])}`);
}

function row(entry: AuditEntry): SafeHtml {
  const href = entry.subjectType === 'event' ? `/events/${entry.subjectId}` : `/entities/${entry.subjectId}`;
  return html`<tr><td>${entry.at.toISOString()}</td><td>${entry.actor}</td><td>${entry.action}</td>
<td><a href="${href}">${entry.subjectType} ${entry.subjectId}</a></td>
<td>${changeSummary(entry.before, entry.after).map((line) => html`<div>${line}</div>`)}</td>
<td><details><summary>before</summary><pre>${json(entry.before)}</pre></details></td>
<td><details><summary>after</summary><pre>${json(entry.after)}</pre></details></td></tr>`;
}

export function auditPage(page: PageContext, entries: readonly AuditEntry[], filter: { subjectType?: string; subjectId?: string; limit?: number }): SafeHtml {
  const last = entries.at(-1);
  const more = last && entries.length >= (filter.limit ?? 100) ? `/audit${query({ ...filter, before: last.id })}` : undefined;
  return layout(page, 'Audit log', html`${entries.length === 0 ? html`<p class="empty">No change recorded yet.</p>` : html`<table class="audit">
<thead><tr><th>When</th><th>Who</th><th>Action</th><th>Record</th><th>Change</th><th>Before</th><th>After</th></tr></thead>
<tbody>${entries.map(row)}</tbody></table>`}
${more ? html`<p><a rel="next" href="${more}">Older →</a></p>` : ''}`);
}
