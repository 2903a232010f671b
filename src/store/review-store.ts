import type { EntityType, EventStatus, EventType, Language, Span } from '../extract/types.js';
import type { ExportedEvent, ReviewStatus } from './store.js';

/*
 * What the review app asks of the database: the queue, a document with its annotations,
 * event and entity corrections (each one audited), the audit log, export, map and timeline.
 * Out of the contract: the SQL (review-*.ts next to this file) and the engine.
 * Every write takes the actor who made it and records before/after in the audit log.
 */

export interface QueueFilter {
  /** One review status, or 'all' (pending first). Default: pending. */
  readonly review?: ReviewStatus | 'all';
  readonly type?: EventType;
  readonly status?: EventStatus;
  readonly language?: Language;
  /** Substring of the document's source URI or file path. */
  readonly source?: string;
  /** ISO dates bounding the event date (or the publication date when the event has none). */
  readonly from?: string;
  readonly to?: string;
  /** Full-text search over documents, French and English stemming, accents ignored. */
  readonly q?: string;
  /** Opaque cursor from a previous page's `next`. */
  readonly cursor?: string;
  readonly limit?: number;
}

export interface QueueItem {
  readonly eventId: string;
  readonly documentId: string;
  readonly documentTitle: string | null;
  readonly source: string;
  readonly language: string | null;
  readonly publishedAt: string | null;
  readonly type: EventType;
  readonly status: EventStatus | null;
  readonly kind: string;
  readonly date: string | null;
  readonly parties: readonly string[];
  readonly reviewStatus: ReviewStatus;
  readonly confidence: number;
}

export interface QueuePage {
  readonly items: readonly QueueItem[];
  /** Cursor of the next page, absent on the last one. */
  readonly next?: string;
}

export interface EntityRef {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
}

export interface EventDetail {
  readonly id: string;
  readonly documentId: string;
  readonly type: EventType;
  readonly status: EventStatus | null;
  readonly kind: string;
  readonly parties: readonly EntityRef[];
  readonly signatories: readonly EntityRef[];
  readonly date: string | null;
  readonly dateText: string | null;
  readonly place: string | null;
  readonly occasion: string | null;
  readonly confidence: number;
  readonly evidence: readonly Span[];
  readonly reviewStatus: ReviewStatus;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
}

/** Fields a reviewer may change; parties and signatories by name (resolved through the alias registry). */
export interface EventPatch {
  readonly type?: EventType;
  readonly status?: EventStatus | null;
  readonly kind?: string;
  readonly parties?: readonly string[];
  readonly signatories?: readonly string[];
  readonly date?: string | null;
  readonly dateText?: string | null;
  readonly place?: string | null;
  readonly occasion?: string | null;
}

export interface MentionRef extends Span {
  readonly entityId: string;
  readonly entityType: EntityType;
  readonly entityName: string;
}

export interface DocumentView {
  readonly id: string;
  readonly title: string | null;
  readonly source: string;
  readonly format: string;
  readonly language: string | null;
  readonly publishedAt: string | null;
  readonly createdAt: Date;
  readonly text: string;
  readonly mentions: readonly MentionRef[];
  readonly events: readonly EventDetail[];
}

export interface EntityMention extends Span {
  readonly documentId: string;
  readonly documentTitle: string | null;
  /** The mention with some text around it. */
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

export interface EntityDetail extends EntityRef {
  readonly key: string;
  readonly aliases: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  readonly country: string | null;
  readonly mentions: readonly EntityMention[];
  readonly events: readonly { readonly id: string; readonly role: string; readonly type: EventType; readonly kind: string }[];
}

export interface AuditEntry {
  readonly id: string;
  readonly actor: string;
  readonly at: Date;
  readonly subjectType: 'event' | 'entity';
  readonly subjectId: string;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface TimelineItem {
  readonly eventId: string;
  readonly date: string | null;
  readonly kind: string;
  readonly status: EventStatus | null;
  readonly parties: readonly string[];
  readonly reviewStatus: ReviewStatus;
}

export interface MapPoint {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: readonly string[];
}

export interface MapLink {
  readonly eventId: string;
  readonly from: MapPoint;
  readonly to: MapPoint;
}

export interface MapData {
  readonly points: readonly MapPoint[];
  readonly links: readonly MapLink[];
}

export interface ReviewStore {
  /** One page of events to review, newest documents first (pending first with review 'all'). */
  queue(filter: QueueFilter): Promise<QueuePage>;
  /** Throws NotFoundError for an unknown id. */
  getDocument(id: string): Promise<DocumentView>;
  getEvent(id: string): Promise<EventDetail>;
  /** The pending events just before and after this one in queue order, for next/previous keys. */
  adjacentEvents(id: string): Promise<{ readonly previous?: string; readonly next?: string }>;
  /** Applies a reviewer's correction and marks the event edited. */
  editEvent(id: string, patch: EventPatch, actor: string): Promise<EventDetail>;
  /** Sets accepted or rejected. */
  decideEvent(id: string, decision: 'accepted' | 'rejected', actor: string): Promise<EventDetail>;
  searchEntities(query: string, limit?: number): Promise<readonly EntityRef[]>;
  getEntity(id: string): Promise<EntityDetail>;
  /** The entity a name (or alias, any spelling) answers to in the registry, if any. */
  findEntityByName(name: string, type?: EntityType): Promise<EntityRef | undefined>;
  /** New name; the old one stays an alias so future extractions still find the entity. Throws conflict when another entity owns the name. */
  renameEntity(id: string, name: string, actor: string): Promise<EntityDetail>;
  /** Moves mentions, roles and every alias key of `mergedId` to `survivorId`, then deletes `mergedId`. */
  mergeEntities(survivorId: string, mergedId: string, actor: string): Promise<EntityDetail>;
  /** Makes one alias of an entity its own entity (with the mentions written that way); returns the new entity. */
  splitEntity(id: string, alias: string, actor: string): Promise<EntityDetail>;
  auditLog(options?: { readonly before?: string; readonly limit?: number; readonly subjectType?: 'event' | 'entity'; readonly subjectId?: string }): Promise<readonly AuditEntry[]>;
  /** Accepted and edited events, with their parties and signatories. */
  exportAccepted(): AsyncIterable<ExportedEvent>;
  timeline(): Promise<readonly TimelineItem[]>;
  map(): Promise<MapData>;
}
