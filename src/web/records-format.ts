import type { ExportedEntity, ExportedEvent } from '../store/store.js';

/* Accepted records as CSV (RFC 4180, one row per event) or JSON lines. */

export const CSV_COLUMNS = ['id', 'document_id', 'source', 'type', 'status', 'kind', 'parties', 'signatories', 'date', 'date_text', 'place', 'occasion', 'confidence', 'review_status'] as const;

const names = (entities: readonly ExportedEntity[]): string => entities.map((e) => e.name).join('; ');

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: defuse it (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(e: ExportedEvent): string {
  const values = [e.id, e.documentId, e.source, e.type, e.status, e.kind, names(e.parties), names(e.signatories), e.date, e.dateText, e.place, e.occasion, e.confidence, e.reviewStatus];
  return `${values.map(cell).join(',')}\r\n`;
}

export function jsonLine(e: ExportedEvent): string {
  return `${JSON.stringify(e)}\n`;
}
