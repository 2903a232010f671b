import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { PermanentError } from '../../errors.js';
import {
  claimFile, ensureInboxFolders, INBOX_SUBFOLDERS, isTemporaryName, isUnsafeName, listEntries, markInboxFileDone,
  markInboxFileFailed, PROCESSING,
} from './inbox-files.js';
import { newOwnerName, reclaimAbandoned } from './inbox-owner.js';

export interface InboxWatcherOptions {
  readonly inboxDir: string;
  /**
   * Gets each claimed file (`<inbox>/processing/<owner>/<name>`) once. It, or whatever it
   * hands the file to, settles it with markDone / markFailed; if it rejects, the watcher
   * marks the file failed with that error.
   */
  readonly onFile: (claimedPath: string) => Promise<void>;
  /** How long a file's size must stay unchanged before it is claimed (ms). */
  readonly stabilityMs?: number;
  /** Files handed to onFile at once; others wait unclaimed, free for another watcher. */
  readonly concurrency?: number;
  /** How often the inbox is swept for symlinks the watcher cannot see (dangling ones), ms. */
  readonly sweepMs?: number;
  /** Called for errors that concern no single file (watcher errors, failed moves). */
  readonly onError?: (error: unknown) => void;
  /** Poll instead of relying on file-system events (network or container mounts that send none). */
  readonly usePolling?: boolean;
}

/**
 * Watches an inbox folder: takes each file once its size is stable, claims it by an
 * atomic rename into processing/ (two watchers never take the same file), refuses
 * symlinks and odd names (`unsafe_path`), and re-offers files a crashed run left behind.
 */
export class InboxWatcher {
  readonly #options: InboxWatcherOptions;
  readonly #ownerName = newOwnerName();
  #inboxDir: string;
  #ownerDir = '';
  readonly #waiting = new Set<string>();
  readonly #running = new Set<Promise<void>>();
  readonly #claimedNames = new Set<string>();
  #watcher: FSWatcher | undefined;
  #sweep: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: InboxWatcherOptions) {
    this.#options = options;
    this.#inboxDir = path.resolve(options.inboxDir);
  }

  /** Creates the folders, re-offers abandoned files and starts watching; resolves once the initial scan is done. */
  async start(): Promise<void> {
    await ensureInboxFolders(this.#inboxDir);
    // Canonical path: an inbox that is itself a symlink must still be watched (followSymlinks is off).
    this.#inboxDir = await realpath(this.#inboxDir);
    this.#ownerDir = path.join(this.#inboxDir, PROCESSING, this.#ownerName);
    await mkdir(this.#ownerDir, { recursive: true });
    const reclaimed = await reclaimAbandoned(path.join(this.#inboxDir, PROCESSING), this.#ownerDir);
    await this.#startWatching();
    // Handed over after start() resolves, so onFile may use the watcher its caller just assigned.
    setImmediate(() => reclaimed.forEach((claimed) => this.#launch(() => this.#handOver(claimed))));
    await this.#sweepSymlinks();
    this.#sweep = setInterval(() => void this.#sweepSymlinks(), this.#options.sweepMs ?? 10_000);
    this.#sweep.unref();
  }

  /** Stops watching and waits for the files being handed over. */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweep);
    await this.#watcher?.close();
    this.#waiting.clear();
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  /** Same as close(). */
  stop(): Promise<void> {
    return this.close();
  }

  /** Moves a claimed file to done/. */
  async markDone(claimedPath: string): Promise<void> {
    await markInboxFileDone(claimedPath);
  }

  /** Moves a claimed file to failed/ with `<name>.error.txt` (code and reason of `error`). */
  async markFailed(claimedPath: string, error: unknown): Promise<void> {
    await markInboxFileFailed(claimedPath, error);
  }

  #startWatching(): Promise<void> {
    const stabilityMs = this.#options.stabilityMs ?? 1000;
    const watcher = watch(this.#inboxDir, {
      depth: 0,
      followSymlinks: false,
      usePolling: this.#options.usePolling ?? false,
      awaitWriteFinish: { stabilityThreshold: stabilityMs, pollInterval: Math.max(20, Math.min(100, stabilityMs / 4)) },
      ignored: (filePath: string) => this.#ignored(filePath),
    });
    this.#watcher = watcher;
    // A new file under a just-claimed name can come as `change` when chokidar has not seen the unlink yet.
    watcher.on('add', (filePath: string) => this.#offer(filePath));
    watcher.on('change', (filePath: string) => this.#offer(filePath));
    watcher.on('error', (error: unknown) => this.#options.onError?.(error));
    return new Promise((resolve) => watcher.once('ready', () => resolve()));
  }

  #ignored(filePath: string): boolean {
    const resolved = path.resolve(filePath);
    if (resolved === this.#inboxDir) return false;
    if (path.dirname(resolved) !== this.#inboxDir) return true;
    const name = path.basename(resolved);
    return (INBOX_SUBFOLDERS as readonly string[]).includes(name) || isTemporaryName(name);
  }

  async #sweepSymlinks(): Promise<void> {
    for (const name of await listEntries(this.#inboxDir)) {
      const filePath = path.join(this.#inboxDir, name);
      if (this.#ignored(filePath)) continue;
      const info = await lstat(filePath).catch(() => undefined);
      if (info?.isSymbolicLink()) this.#offer(filePath);
    }
  }

  #offer(filePath: string): void {
    if (this.#closed || this.#waiting.has(filePath)) return;
    this.#waiting.add(filePath);
    this.#pump();
  }

  #pump(): void {
    const limit = this.#options.concurrency ?? 4;
    while (!this.#closed && this.#running.size < limit && this.#waiting.size > 0) {
      const next = this.#waiting.values().next().value as string;
      this.#waiting.delete(next);
      this.#launch(() => this.#take(next));
    }
  }

  #launch(work: () => Promise<void>): void {
    const task = work()
      .catch((error: unknown) => this.#options.onError?.(error))
      .finally(() => {
        this.#running.delete(task);
        this.#pump();
      });
    this.#running.add(task);
  }

  /** Claims a waiting file, quarantines it when unsafe, else hands it over. */
  async #take(filePath: string): Promise<void> {
    const info = await lstat(filePath).catch(() => undefined);
    if (!info || info.isDirectory()) return; // deleted before its turn: nothing to do
    const claimed = await claimFile(filePath, this.#ownerDir, this.#claimedNames);
    if (!claimed) return; // deleted meanwhile, or another watcher was faster
    const unsafe = unsafeReason(path.basename(filePath), info);
    if (unsafe) return this.markFailed(claimed, new PermanentError('unsafe_path', `[ingest:inbox] ${filePath}: ${unsafe}; refused`));
    await this.#handOver(claimed);
  }

  async #handOver(claimed: string): Promise<void> {
    this.#claimedNames.add(claimed);
    try {
      await this.#options.onFile(claimed);
    } catch (error) {
      if (await lstat(claimed).then(() => true, () => false)) await this.markFailed(claimed, error);
      else this.#options.onError?.(error);
    } finally {
      this.#claimedNames.delete(claimed);
    }
  }
}

function unsafeReason(name: string, info: { isSymbolicLink(): boolean; isFile(): boolean }): string | undefined {
  if (info.isSymbolicLink()) return 'is a symlink (its target is never read)';
  if (!info.isFile()) return 'is not a regular file';
  if (isUnsafeName(name)) return 'name contains control characters';
  return undefined;
}
