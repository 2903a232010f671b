import { markInboxFileDone, markInboxFileFailed } from '../../ingest/inbox/inbox-files.js';

/** What the pipeline asks of the inbox: settle a claimed file once its job is over. */
export interface InboxFiles {
  /** Moves a claimed file to done/. */
  markDone(file: string): Promise<void>;
  /** Moves a claimed file to failed/ with a `.error.txt` naming the error's code and reason. */
  markFailed(file: string, error: unknown): Promise<void>;
}

/**
 * Settles claimed files from their path alone, so a worker that did not claim a file (another
 * process on the same machine or on a shared file system) can settle it. Paths outside an
 * inbox's processing/ folder are left alone.
 */
export const claimedInboxFiles: InboxFiles = {
  async markDone(file) {
    await markInboxFileDone(file);
  },
  async markFailed(file, error) {
    await markInboxFileFailed(file, error);
  },
};
