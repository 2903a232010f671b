import iconv from 'iconv-lite';

/** Text decoded from bytes, with the encoding used and what had to be fixed on the way. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  readonly notes: readonly string[];
}

const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

/** Encoding named by a byte-order mark at the start of `bytes`, if any. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) {
      return { encoding: bom.encoding, length: bom.bytes.length };
    }
  }
  return undefined;
}

// WHATWG maps these labels to windows-1252; Node's TextDecoder also decodes 0x80–0x9F
// as C1 controls there (nodejs/node#60888), hence iconv-lite for every single-byte page.
const WINDOWS_1252_ALIASES = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1',
  'l1', 'ascii', 'us-ascii', 'ansi_x3.4-1968', 'iso-ir-100', 'csisolatin1', 'ibm819', 'cp819',
]);

/** Canonical name for a declared charset label, or undefined when we cannot decode it. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (name === 'utf-8' || name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  if (name === 'utf-16' || name === 'utf-16le') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  if (WINDOWS_1252_ALIASES.has(name)) return 'windows-1252';
  return iconv.encodingExists(name) ? name : undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decode, or undefined when the bytes are not valid UTF-8. */
export function tryDecodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes with a known encoding (utf-8 lenient, utf-16 via TextDecoder, others via iconv-lite). */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/**
 * Decodes bytes by the policy BOM > declared charset > strict UTF-8 > windows-1252,
 * then repairs UTF-8-read-as-cp1252 mojibake (`Ã©`, `â€™`).
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const { text, encoding, notes } = decodeRaw(bytes, declared);
  const repaired = repairMojibake(text);
  if (repaired === text) return { text, encoding, notes };
  return { text: repaired, encoding, notes: [...notes, 'mojibake repaired'] };
}

function decodeRaw(bytes: Uint8Array, declared: string | undefined): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, notes: [] };
  const charset = normalizeCharset(declared);
  if (charset !== undefined && charset !== 'utf-8') {
    return { text: decodeAs(bytes, charset), encoding: charset, notes: [] };
  }
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', notes: [] };
  const notes = charset === 'utf-8' ? ['declared utf-8 but bytes are not; decoded as windows-1252'] : [];
  return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252', notes };
}

let cp1252Bytes: Map<string, number> | undefined;

/** Character → byte table of windows-1252, with C1 controls mapped to themselves (latin1 readers). */
function cp1252Table(): Map<string, number> {
  if (cp1252Bytes) return cp1252Bytes;
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    table.set(String.fromCharCode(byte), byte);
    const char = iconv.decode(Buffer.from([byte]), 'windows-1252');
    if (char !== '\ufffd') table.set(char, byte);
  }
  cp1252Bytes = table;
  return table;
}

// A UTF-8 lead byte read as cp1252, followed by 1–3 characters that were continuation bytes.
// Only the leads seen in French/English mojibake (Â Ã Å Æ Ë â ï ð): é, à, ô are real French letters.
const MOJIBAKE = /[\u00c2\u00c3\u00c5\u00c6\u00cb\u00e2\u00ef\u00f0][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

/** Re-reads UTF-8 sequences that were decoded as cp1252 (`Ã©tÃ©` → `été`); leaves everything else. */
export function repairMojibake(text: string): string {
  if (!/[\u00c2\u00c3\u00c5\u00c6\u00cb\u00e2\u00ef\u00f0]/.test(text)) return text;
  return text.replace(MOJIBAKE, (match) => repairSequence(match) ?? match);
}

function repairSequence(match: string): string | undefined {
  const table = cp1252Table();
  const bytes: number[] = [];
  for (const char of match) {
    const byte = table.get(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  const lead = bytes[0] ?? 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length < length) return undefined;
  const decoded = tryDecodeUtf8(Uint8Array.from(bytes.slice(0, length)));
  if (decoded === undefined) return undefined;
  return decoded + match.slice(length);
}
