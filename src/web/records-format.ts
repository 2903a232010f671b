import { csvLine, EVENT_CSV_HEADER, eventCsvRow } from '../export/records-format.js';
import type { ExportedEvent } from '../store/store.js';

/* Accepted records as CSV (RFC 4180 with CRLF, one row per event) or JSON lines, for the review app's download. */

export function csvHeader(): string {
  return `${csvLine(EVENT_CSV_HEADER)}\r\n`;
}

export function csvRow(e: ExportedEvent): string {
  return `${csvLine(eventCsvRow(e))}\r\n`;
}

export function jsonLine(e: ExportedEvent): string {
  return `${JSON.stringify(e)}\n`;
}
