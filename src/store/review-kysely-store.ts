import type { Kysely } from 'kysely';
import type { EntityType } from '../extract/types.js';
import type { Database } from './database.js';
import { listAudit, type AuditQuery } from './review-audit.js';
import { getDocumentView } from './review-documents.js';
import { findEntityByName, getEntity, mergeEntities, renameEntity, searchEntities, splitEntity } from './review-entities.js';
import { decideEvent, editEvent, getEvent } from './review-events.js';
import { exportAccepted, timeline } from './review-export.js';
import { mapData } from './review-map.js';
import { adjacentEvents, queryQueue } from './review-queue.js';
import type { EventPatch, QueueFilter, ReviewStore } from './review-store.js';
import type { ReviewDatabase } from './review-tables.js';

/** The ReviewStore on the shared Kysely handle (PGlite or node-postgres alike). */
export class KyselyReviewStore implements ReviewStore {
  readonly #db: ReviewDatabase;

  constructor(db: Kysely<Database>) {
    this.#db = db as unknown as ReviewDatabase;
  }

  queue(filter: QueueFilter) { return queryQueue(this.#db, filter); }
  getDocument(id: string) { return getDocumentView(this.#db, id); }
  getEvent(id: string) { return getEvent(this.#db, id); }
  async adjacentEvents(id: string) {
    const event = await getEvent(this.#db, id);
    return adjacentEvents(this.#db, id, event.documentId);
  }
  editEvent(id: string, patch: EventPatch, actor: string) { return editEvent(this.#db, id, patch, actor); }
  decideEvent(id: string, decision: 'accepted' | 'rejected', actor: string) { return decideEvent(this.#db, id, decision, actor); }
  searchEntities(query: string, limit?: number) { return searchEntities(this.#db, query, limit); }
  getEntity(id: string) { return getEntity(this.#db, id); }
  findEntityByName(name: string, type?: EntityType) { return findEntityByName(this.#db, name, type); }
  renameEntity(id: string, name: string, actor: string) { return renameEntity(this.#db, id, name, actor); }
  mergeEntities(survivorId: string, mergedId: string, actor: string) { return mergeEntities(this.#db, survivorId, mergedId, actor); }
  splitEntity(id: string, alias: string, actor: string) { return splitEntity(this.#db, id, alias, actor); }
  auditLog(options: AuditQuery = {}) { return listAudit(this.#db, options); }
  exportAccepted() { return exportAccepted(this.#db); }
  timeline() { return timeline(this.#db); }
  map() { return mapData(this.#db); }
}
