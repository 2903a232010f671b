import { describe, expect, it } from 'vitest';
import type { ExportedEvent } from '../../src/store/store.js';
import { acronymOf } from '../../src/web/pages/acronym.js';
import { annotatedText, segmentText } from '../../src/web/pages/annotated-text.js';
import { html, raw, safeHref } from '../../src/web/pages/html.js';
import { csvHeader, csvRow, jsonLine } from '../../src/web/records-format.js';
import { eventDate, patchFromForm } from '../../src/web/schemas.js';

/* The pure pieces of the pages: escaping, segmenting annotated text, CSV, dates, acronyms. */

describe('html', () => {
  it('escapes every interpolated string and keeps only our own markup', () => {
    const name = `<img src=x onerror="alert(1)">'&`;
    expect(html`<b title="${name}">${name}</b>${raw('<i>ok</i>')}`.toString()).toBe(
      '<b title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;</b><i>ok</i>',
    );
    expect(html`${['<a>', html`<b>`, 3, null, false]}`.toString()).toBe('&lt;a&gt;<b>3');
  });

  it('links only http(s) sources', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const uri of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'not a url']) expect(safeHref(uri), uri).toBeUndefined();
  });
});

describe('annotated text', () => {
  const text = 'Le CIR et la Ville de Lyon signent.';
  const mentions = [
    { start: 3, end: 6, entityId: '1', entityType: 'ORG' as const, entityName: 'CIR' },
    { start: 13, end: 26, entityId: '2', entityType: 'PLACE' as const, entityName: 'Ville de Lyon' },
    { start: 22, end: 26, entityId: '3', entityType: 'PLACE' as const, entityName: 'Lyon' },
  ];
  const evidence = [{ start: 0, end: 35, eventId: '9' }];

  it('cuts at every boundary, covering the text exactly once', () => {
    const segments = segmentText(text.length, mentions, evidence);
    expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(segments.find((s) => text.slice(s.start, s.end) === 'Lyon')?.mention?.entityId).toBe('3');
    expect(segments.find((s) => text.slice(s.start, s.end) === 'Ville de ')?.mention?.entityId).toBe('2');
    expect(segments.every((s) => s.eventIds.includes('9'))).toBe(true);
  });

  it('renders mentions as links to their entity, escaped, and survives spans past the end', () => {
    const out = annotatedText('<b>CIR</b>', [{ start: 3, end: 6, entityId: '1', entityType: 'ORG', entityName: 'C<I>R' }, { start: 8, end: 99, entityId: '2', entityType: 'ORG', entityName: 'x' }], []).toString();
    expect(out).toBe('&lt;b&gt;<a class="mention m-ORG" href="/entities/1" title="ORG: C&lt;I&gt;R">CIR</a>&lt;/<a class="mention m-ORG" href="/entities/2" title="ORG: x">b&gt;</a>');
  });
});

describe('records format', () => {
  const event: ExportedEvent = {
    id: '7', documentId: '3', source: 'file:///a.txt', type: 'agreement', status: 'signed', kind: 'entente, "cadre"',
    parties: [{ id: '1', type: 'ORG', name: 'CIR', aliases: [] }, { id: '2', type: 'PLACE', name: 'Lyon', aliases: [] }],
    signatories: [], date: '2019', dateText: null, place: '=HYPERLINK("http://evil")', occasion: 'a\nb', confidence: 0.5, reviewStatus: 'accepted',
  };

  it('writes RFC 4180 rows, quoting and defusing formulas', () => {
    expect(csvHeader().split(',')).toHaveLength(14);
    expect(csvRow(event)).toBe(`7,3,file:///a.txt,agreement,signed,"entente, ""cadre""",CIR; Lyon,,2019,,"'=HYPERLINK(""http://evil"")","a\nb",0.5,accepted\r\n`);
  });

  it('writes one JSON object per line', () => {
    expect(JSON.parse(jsonLine(event))).toEqual(event);
    expect(jsonLine(event).endsWith('\n')).toBe(true);
  });
});

describe('inputs', () => {
  it('accepts the ISO forms of GOLD_FORMAT and nothing else', () => {
    for (const ok of ['2011', '2021-06', '2014-10-07', '2014-10-07/2014-10-08', '--05-18', '--09-12/--09-15', '2024-02-29']) expect(eventDate.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2023-02-29', '2011-13', '12/03/2019', '2019-3-1', 'soon', '']) expect(eventDate.safeParse(bad).success, bad).toBe(false);
  });

  it('turns the editor form into a patch: one name per line, empty means none', () => {
    expect(patchFromForm({ type: 'agreement', status: '', kind: ' entente ', parties: 'A\r\n\r\n B \n', signatories: '', date: '', place: 'Lyon' })).toEqual({
      type: 'agreement', status: null, kind: 'entente', parties: ['A', 'B'], signatories: [], date: null, dateText: null, place: 'Lyon', occasion: null,
    });
  });

  it('guesses the acronym of a long name', () => {
    expect(acronymOf("Centre d'innovation régional")).toBe('CIR');
    expect(acronymOf('Fonds franco-québécois de coopération décentralisée')).toBe('FFQCD');
    expect(acronymOf('Lyon')).toBeUndefined();
  });
});

describe('audit change summary', () => {
  it('lists the fields that changed, names for entity lists', async () => {
    const { changeSummary } = await import('../../src/web/pages/audit-page.js');
    expect(changeSummary(
      { reviewStatus: 'pending', parties: [{ name: 'A' }, { name: 'B' }], kind: 'x', reviewedAt: null },
      { reviewStatus: 'edited', parties: [{ name: 'A' }, { name: 'C' }], kind: 'x', reviewedAt: '2026' },
    )).toEqual(['reviewStatus: pending → edited', 'parties: A, B → A, C']);
    expect(changeSummary(null, { a: 1 })).toEqual([]);
  });
});
