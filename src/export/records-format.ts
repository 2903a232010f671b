import type { ExportedEntity, ExportedEvent, ReviewStatus, Store } from '../store/store.js';

export const EVENT_CSV_HEADER = [
  'id', 'document_id', 'source', 'type', 'status', 'kind', 'parties', 'signatories',
  'date', 'date_text', 'place', 'occasion', 'confidence', 'review_status',
] as const;

export const ENTITY_CSV_HEADER = ['id', 'type', 'name', 'aliases'] as const;

type Cell = string | number | null | undefined;

/**
 * RFC 4180: quote a cell holding a comma, quote, CR or LF; double inner quotes. Text is
 * untrusted article content: a cell starting with = + - @ tab or CR would be a formula in a
 * spreadsheet, so it gets a leading apostrophe (CSV injection). Numbers are written as they are.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

const names = (entities: readonly ExportedEntity[]) => entities.map((e) => e.name).join('; ');

export function eventCsvRow(e: ExportedEvent): Cell[] {
  return [
    e.id, e.documentId, e.source, e.type, e.status, e.kind, names(e.parties), names(e.signatories),
    e.date, e.dateText, e.place, e.occasion, e.confidence, e.reviewStatus,
  ];
}

export function entityCsvRow(e: ExportedEntity): Cell[] {
  return [e.id, e.type, e.name, e.aliases.join('; ')];
}

export const RECORD_FORMATS = ['jsonl', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export interface RecordsRequest {
  readonly format: RecordFormat;
  /** Only events in these review statuses (default: all). */
  readonly status?: readonly ReviewStatus[];
  /** csv: the entities instead of the events. */
  readonly entities?: boolean;
}

/** The lines of an export: jsonl gives events then entities; csv gives one table. */
export async function* recordLines(store: Store, request: RecordsRequest): AsyncGenerator<string> {
  const events = store.exportEvents({ reviewStatuses: request.status });
  if (request.format === 'jsonl') {
    for await (const event of events) yield JSON.stringify({ record: 'event', ...event });
    for await (const entity of store.exportEntities()) yield JSON.stringify({ record: 'entity', ...entity });
  } else if (request.entities) {
    yield csvLine(ENTITY_CSV_HEADER);
    for await (const entity of store.exportEntities()) yield csvLine(entityCsvRow(entity));
  } else {
    yield csvLine(EVENT_CSV_HEADER);
    for await (const event of events) yield csvLine(eventCsvRow(event));
  }
}
