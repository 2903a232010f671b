import type { MentionRef } from '../../store/review-store.js';
import { html, type SafeHtml } from './html.js';

/*
 * The document text cut at every annotation boundary into escaped segments: a segment inside
 * a mention links to its entity, one inside an event's evidence is marked. Overlaps nest by
 * taking the shortest mention for the link and adding the evidence class.
 */

export interface EvidenceRef {
  readonly start: number;
  readonly end: number;
  readonly eventId: string;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly mention?: MentionRef;
  readonly eventIds: readonly string[];
}

export function segmentText(length: number, mentions: readonly MentionRef[], evidence: readonly EvidenceRef[]): Segment[] {
  const clamp = (n: number): number => Math.min(Math.max(n, 0), length);
  const cuts = new Set<number>([0, length]);
  for (const span of [...mentions, ...evidence]) {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? length;
    const covering = mentions.filter((m) => m.start <= start && m.end >= end);
    const mention = covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const eventIds = evidence.filter((e) => e.start <= start && e.end >= end).map((e) => e.eventId);
    segments.push(mention ? { start, end, mention, eventIds } : { start, end, eventIds });
  }
  return segments;
}

export function annotatedText(text: string, mentions: readonly MentionRef[], evidence: readonly EvidenceRef[]): SafeHtml {
  return html`${segmentText(text.length, mentions, evidence).map((segment) => renderSegment(text.slice(segment.start, segment.end), segment))}`;
}

function renderSegment(text: string, segment: Segment): SafeHtml | string {
  const evidence = segment.eventIds.length > 0 ? ` evidence` : '';
  if (segment.mention) {
    const m = segment.mention;
    return html`<a class="mention m-${m.entityType}${evidence}" href="/entities/${m.entityId}" title="${m.entityType}: ${m.entityName}">${text}</a>`;
  }
  if (evidence) return html`<mark class="evidence" title="evidence of event ${segment.eventIds.join(', ')}">${text}</mark>`;
  return html`${text}`;
}
