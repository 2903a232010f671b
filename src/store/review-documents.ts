import { NotFoundError } from '../errors.js';
import type { EntityType } from '../extract/types.js';
import { loadEvents } from './review-events.js';
import type { DocumentView } from './review-store.js';
import type { ReviewDatabase } from './review-tables.js';

/* A document with every mention and event, for the annotated text view. */

export async function getDocumentView(db: ReviewDatabase, id: string): Promise<DocumentView> {
  const doc = await db
    .selectFrom('documents')
    .select(['id', 'title', 'source_uri', 'format', 'language', 'published_at', 'created_at', 'text'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!doc) throw new NotFoundError('document', id);
  const [mentions, events] = await Promise.all([
    db.selectFrom('mentions as m')
      .innerJoin('entities as en', 'en.id', 'm.entity_id')
      .select(['m.start_offset', 'm.end_offset', 'en.id', 'en.type', 'en.name'])
      .where('m.document_id', '=', id)
      .orderBy('m.start_offset')
      .execute(),
    loadEvents(db, { documentId: id }),
  ]);
  return {
    id: doc.id, title: doc.title, source: doc.source_uri, format: doc.format, language: doc.language,
    publishedAt: doc.published_at, createdAt: doc.created_at, text: doc.text, events,
    mentions: mentions.map((m) => ({ start: m.start_offset, end: m.end_offset, entityId: m.id, entityType: m.type as EntityType, entityName: m.name })),
  };
}
