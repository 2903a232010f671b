import type { Span } from '../types.js';

// "11h30 — Signature de …", "14:00 – Signing of …": an entry of a timetable.
const CLOCK_ENTRY = /^[ \t]*(?:\d{1,2}[ \t]?h[ \t]?(?:\d{2})?|\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?)[ \t]*[—–:-]/iu;
// "PROGRAMME PROVISOIRE", "Agenda", "Ordre du jour": the page is a programme of events still to come.
const PROGRAMME_WORD = /(?:^|[^\p{L}])(?:programme|program|agenda|ordre\s+du\s+jour|déroulé)(?![\p{L}])/iu;
// Read the programme heading this far back: a schedule's first entry comes soon after its title.
const PROGRAMME_REACH = 3000;

/**
 * "PROGRAMME …", then "11h30 — Signature de la charte …" (or the time on the line above): a signing that a
 * programme announces, still to come. Told with a verb ("Lettre signée le 3 juin 2025"), a recalled step is not.
 */
export function scheduledSigning(text: string, sentence: Span, verbal: boolean): boolean {
  if (verbal) return false;
  if (!clockEntryAt(text, sentence.start)) return false;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return PROGRAMME_WORD.test(text.slice(Math.max(0, lineStart - PROGRAMME_REACH), lineStart));
}

/** The sentence at `start` is a timetable entry: its line opens with a time, or it opens the line under one. */
export function clockEntryAt(text: string, start: number): boolean {
  const entry = timetableEntry(text, start);
  if (entry === undefined) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return entry === lineStart || text.slice(lineStart, start).trim() === '';
}

/**
 * Where the time of the timetable entry holding `at` begins: its own line opens with a time, or the line just
 * above does ("16h00 — Campus", then "Signature d'une convention …"). Undefined outside a timetable.
 */
export function timetableEntry(text: string, at: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (CLOCK_ENTRY.test(text.slice(lineStart, lineStart + 20))) return lineStart;
  if (lineStart < 2) return undefined;
  const above = text.lastIndexOf('\n', lineStart - 2) + 1;
  return CLOCK_ENTRY.test(text.slice(above, above + 20)) ? above : undefined;
}

