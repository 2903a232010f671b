import { PermanentError } from '../../errors.js';
import { decodeText, sniffBom } from './decode-text.js';
import { normalizeText } from './normalize-text.js';
import type { ReadResult } from './read-result.js';

/** True when bytes look like a binary file: NUL bytes (outside UTF-16) or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = sniffBom(bytes);
  if (bom && bom.encoding !== 'utf-8') return false;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  // Real text has almost no C0 controls; 5 % of a sample is a binary format.
  return controls > sample.length * 0.05;
}

/** Reads a txt/md file: detects the encoding, repairs mojibake, keeps paragraphs. */
export function readText(bytes: Uint8Array, label = 'text'): ReadResult {
  if (looksBinary(bytes)) throw new PermanentError('unsupported', `[ingest:txt] ${label}: binary content, not text`);
  const decoded = decodeText(bytes);
  const text = normalizeText(decoded.text);
  if (text.trim() === '') throw new PermanentError('empty', `[ingest:txt] ${label}: empty or whitespace-only`);
  return { text, encoding: decoded.encoding, notes: decoded.notes };
}
