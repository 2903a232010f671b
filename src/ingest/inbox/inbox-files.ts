import { constants } from 'node:fs';
import { link, lstat, mkdir, open, readdir, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, errorMessage, PermanentError } from '../../errors.js';

/*
 * The inbox's folders and moves. Layout: <inbox>/<file> waits; <inbox>/processing/<owner>/<file>
 * is claimed by one watcher; <inbox>/done/ and <inbox>/failed/ (with <file>.error.txt) hold
 * the outcome. Functions here work from a claimed path alone, so a worker process that
 * did not claim the file can settle it.
 */

export const PROCESSING = 'processing';
export const DONE = 'done';
export const FAILED = 'failed';
export const INBOX_SUBFOLDERS = [PROCESSING, DONE, FAILED] as const;

// Partial downloads and editor temp files: never claimed, whatever their size does.
const TEMPORARY = /^\.|^~\$|\.(?:part|partial|crdownload|download|tmp|temp|swp|swx)$|~$/i;
// Control characters in a name (a newline, an escape) only serve to confuse logs and tools.
const UNSAFE_NAME = /[\u0000-\u001f\u007f]/;

export function isTemporaryName(name: string): boolean {
  return TEMPORARY.test(name);
}

export function isUnsafeName(name: string): boolean {
  return UNSAFE_NAME.test(name) || name === '..' || name.includes('/') || name.includes('\\');
}

/** `<inbox>` of a claimed path `<inbox>/processing/<owner>/<file>`, or undefined for any other path. */
export function inboxOfClaimed(claimedPath: string): string | undefined {
  const ownerDir = path.dirname(path.resolve(claimedPath));
  const processingDir = path.dirname(ownerDir);
  return path.basename(processingDir) === PROCESSING ? path.dirname(processingDir) : undefined;
}

/** Creates processing/, done/ and failed/ under the inbox. */
export async function ensureInboxFolders(inboxDir: string): Promise<void> {
  await Promise.all(INBOX_SUBFOLDERS.map((name) => mkdir(path.join(inboxDir, name), { recursive: true })));
}

/**
 * Claims a waiting file by an atomic rename into `ownerDir` (same file system). Returns the
 * claimed path, or undefined when the file is gone (deleted, or another watcher took it).
 */
export async function claimFile(filePath: string, ownerDir: string, taken: ReadonlySet<string> = new Set()): Promise<string | undefined> {
  const target = await freeName(ownerDir, path.basename(filePath), taken);
  try {
    await rename(filePath, target);
    return target;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Moves a claimed file to done/ (keeping its name, with a suffix on collision). No-op outside an inbox. */
export async function markInboxFileDone(claimedPath: string): Promise<string | undefined> {
  const inboxDir = inboxOfClaimed(claimedPath);
  if (inboxDir === undefined) return undefined;
  return moveWithoutOverwrite(claimedPath, path.join(inboxDir, DONE));
}

/**
 * Moves a claimed file to failed/ and writes `<name>.error.txt` with the error's code and
 * reason; when the file has vanished, writes the error file alone. No-op outside an inbox.
 */
export async function markInboxFileFailed(claimedPath: string, error: unknown): Promise<string | undefined> {
  const inboxDir = inboxOfClaimed(claimedPath);
  if (inboxDir === undefined) return undefined;
  const failedDir = path.join(inboxDir, FAILED);
  const moved = await moveWithoutOverwrite(claimedPath, failedDir);
  const target = moved ?? (await freeName(failedDir, path.basename(claimedPath), new Set(), '.error.txt'));
  await writeWhole(`${target}.error.txt`, errorReport(claimedPath, error, moved === undefined));
  return target;
}

/** Written under a hidden name, then renamed: whoever sees the error file sees all of it. */
async function writeWhole(file: string, content: string): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  await writeFile(partial, content);
  await rename(partial, file);
}

function errorReport(claimedPath: string, error: unknown, vanished: boolean): string {
  const code = typeof error === 'string' ? 'error' : errorCode(error);
  const lines = [`code: ${code}`, `reason: ${errorMessage(error)}`, `file: ${path.basename(claimedPath)}`, `at: ${new Date().toISOString()}`];
  if (vanished) lines.push('note: the file itself had vanished from processing/');
  return `${lines.join('\n')}\n`;
}

/**
 * Reads a claimed file without following links, refusing non-regular files and files
 * over `maxBytes` before reading them. A missing file is PermanentError `vanished`.
 */
export async function readClaimedFile(claimedPath: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(claimedPath, constants.O_RDONLY | constants.O_NOFOLLOW).catch((error: NodeJS.ErrnoException) => {
    throw openError(claimedPath, error);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new PermanentError('unsafe_path', `[ingest:inbox] ${claimedPath}: not a regular file`);
    if (info.size > maxBytes) {
      throw new PermanentError('too_large', `[ingest:inbox] ${claimedPath}: ${info.size} bytes, over the ${maxBytes}-byte input cap`);
    }
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

function openError(claimedPath: string, error: NodeJS.ErrnoException): Error {
  if (error.code === 'ENOENT') return new PermanentError('vanished', `[ingest:inbox] ${claimedPath}: file vanished before it was read`, { cause: error });
  if (error.code === 'ELOOP') return new PermanentError('unsafe_path', `[ingest:inbox] ${claimedPath}: is a symlink; refused`, { cause: error });
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return new PermanentError('unreadable', `[ingest:inbox] ${claimedPath}: permission denied`, { cause: error });
  }
  return error;
}

/** Moves `filePath` into `dir` under its own name or `name (2).ext`…; undefined when the file is gone. */
export async function moveWithoutOverwrite(filePath: string, dir: string): Promise<string | undefined> {
  await mkdir(dir, { recursive: true });
  for (let attempt = 1; attempt < 1000; attempt++) {
    const target = path.join(dir, suffixed(path.basename(filePath), attempt));
    const outcome = await linkThenUnlink(filePath, target);
    if (outcome === 'moved') return target;
    if (outcome === 'gone') return undefined;
  }
  throw new Error(`[ingest:inbox] ${filePath}: no free name left in ${dir}`);
}

// link() fails with EEXIST instead of replacing: no two processes can overwrite each other's outcome.
async function linkThenUnlink(source: string, target: string): Promise<'moved' | 'taken' | 'gone'> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'taken';
    if (code === 'ENOENT') return (await exists(source)) ? 'taken' : 'gone';
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw error;
    return renameIfFree(source, target);
  }
  await unlink(source);
  return 'moved';
}

// File systems without hard links: check then rename (a narrow race, acceptable there).
async function renameIfFree(source: string, target: string): Promise<'moved' | 'taken' | 'gone'> {
  if (await exists(target)) return 'taken';
  try {
    await rename(source, target);
    return 'moved';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

async function freeName(dir: string, name: string, taken: ReadonlySet<string>, extra = ''): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const target = path.join(dir, suffixed(name, attempt));
    if (!taken.has(target) && !(await exists(target + extra))) return target;
  }
}

function suffixed(name: string, attempt: number): string {
  if (attempt === 1) return name;
  const extension = path.extname(name);
  return `${name.slice(0, name.length - extension.length)} (${attempt})${extension}`;
}

async function exists(filePath: string): Promise<boolean> {
  return lstat(filePath).then(() => true, () => false);
}

/** Files in `dir` (one level), or none when it does not exist. */
export async function listEntries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Removes an empty folder; leaves it when it is not empty. */
export async function removeIfEmpty(dir: string): Promise<void> {
  await rmdir(dir).catch(() => undefined);
}
