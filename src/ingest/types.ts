export const DOCUMENT_FORMATS = ['txt', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What a reader makes of one source: text ready for extraction plus what the source said about itself. */
export interface RawDocument {
  /** file:///abs/path or http(s) URL the content came from. */
  readonly sourceUri: string;
  readonly format: DocumentFormat;
  /** Hex SHA-256 of the original bytes: the identity of a document. */
  readonly contentSha256: string;
  readonly byteLength: number;
  readonly text: string;
  readonly title?: string;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp) when the source states one. */
  readonly publishedAt?: string;
  /** Encoding the bytes were decoded from (utf-8, utf-16le, windows-1252, …). */
  readonly encoding?: string;
  /** Reader remarks worth a reviewer's attention (mojibake repaired, declared charset wrong). */
  readonly notes?: readonly string[];
}
