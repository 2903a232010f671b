/** What a reader makes of one document's bytes; read-document adds identity (uri, hash, format). */
export interface ReadResult {
  readonly text: string;
  readonly title?: string;
  /** ISO date (YYYY-MM-DD) the source states for its publication. */
  readonly publishedAt?: string;
  readonly encoding?: string;
  /** Remarks worth a reviewer's attention (mojibake repaired, charset mismatch). */
  readonly notes?: readonly string[];
}
