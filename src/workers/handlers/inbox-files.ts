/** What the pipeline asks of the inbox: settle a claimed file once its job is over. */
export interface InboxFiles {
  /** Moves a claimed file to done/. */
  markDone(file: string): Promise<void>;
  /** Moves a claimed file to failed/ with a `.error.txt` naming the reason. */
  markFailed(file: string, reason: string): Promise<void>;
}
