/** The pipeline's queues, in stage order. */
export const QUEUE_NAMES = ['ingest', 'extract'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** A claimed inbox file path or an http(s) URL. */
export interface IngestJob {
  readonly source: string;
}

export interface ExtractJob {
  readonly documentId: string;
}
