import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError } from '../errors.js';

/*
 * Only one process may open a PGlite folder: PGlite is a single-user Postgres and two
 * processes writing one folder corrupt it. The owner writes `<folder>.lock` (pid, host,
 * start time) next to the folder; a second process is refused with a ConfigError naming
 * the owner. A lock whose pid is dead on this host is stale and taken over, so a process
 * killed with SIGKILL does not lock the folder forever.
 */

export interface PgliteOwner {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** Linux: the process start time in clock ticks since boot, to tell a reused pid apart. */
  readonly procStart?: string;
}

export interface PgliteOwnerLock {
  readonly lockPath: string;
  readonly owner: PgliteOwner;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

const heldLocks = new Set<string>();
const MAX_TAKEOVER_TRIES = 3;

export function lockPathFor(folder: string): string {
  return `${path.resolve(folder)}.lock`;
}

/** Takes ownership of `folder` for this process, or throws ConfigError naming the owner. */
export function acquirePgliteOwnerLock(folder: string): PgliteOwnerLock {
  const lockPath = lockPathFor(folder);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const owner = currentOwner();
  const content = JSON.stringify(owner);
  for (let tries = 0; tries < MAX_TAKEOVER_TRIES; tries += 1) {
    if (tryCreate(lockPath, content)) return holdLock(lockPath, owner, content);
    const existing = readLock(lockPath);
    if (existing === undefined) continue;
    if (isOwnerAlive(lockPath, existing.owner)) throw ownedError(folder, lockPath, existing.owner);
    takeOverStale(lockPath, existing.raw);
  }
  throw new ConfigError(`[store:pglite] ${folder}: could not take ${lockPath} (it keeps changing hands)`);
}

export function readPgliteOwner(folder: string): PgliteOwner | undefined {
  return readLock(lockPathFor(folder))?.owner;
}

function currentOwner(): PgliteOwner {
  const procStart = readProcStart(process.pid);
  return {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    ...(procStart === undefined ? {} : { procStart }),
  };
}

/** Atomic create: the lock appears complete (link of a written temp file) or not at all. */
function tryCreate(lockPath: string, content: string): boolean {
  const temp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, content);
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw new ConfigError(`[store:pglite] cannot create ${lockPath}: ${String(error)}`, { cause: error });
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function holdLock(lockPath: string, owner: PgliteOwner, content: string): PgliteOwnerLock {
  heldLocks.add(lockPath);
  const release = (): void => {
    process.removeListener('exit', release);
    if (!heldLocks.delete(lockPath)) return;
    if (readLock(lockPath)?.raw === content) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return { lockPath, owner, release };
}

function readLock(lockPath: string): { raw: string; owner: PgliteOwner } | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
  return { raw, owner: parseOwner(raw) };
}

function parseOwner(raw: string): PgliteOwner {
  try {
    const value = JSON.parse(raw) as Partial<PgliteOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, startedAt: String(value.startedAt), procStart: value.procStart };
    }
  } catch {
    // Fall through: an unreadable lock counts as owned by an unknown process on an unknown host.
  }
  return { pid: -1, host: '(unknown host)', startedAt: '(unknown)' };
}

function isOwnerAlive(lockPath: string, owner: PgliteOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  // Our own pid: a lock this process holds, or one left by an earlier process that had
  // the same pid (containers restart with the same pids).
  if (owner.pid === process.pid) return heldLocks.has(lockPath);
  if (!isPidAlive(owner.pid)) return false;
  const procStart = readProcStart(owner.pid);
  return owner.procStart === undefined || procStart === undefined || procStart === owner.procStart;
}

function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}

function readProcStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, starttime field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Moves the stale lock aside; if it changed hands in the meantime, puts it back. */
function takeOverStale(lockPath: string, staleRaw: string): void {
  const aside = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  if (fs.readFileSync(aside, 'utf8') !== staleRaw) restoreLock(aside, lockPath);
  fs.rmSync(aside, { force: true });
}

function restoreLock(aside: string, lockPath: string): void {
  try {
    fs.linkSync(aside, lockPath);
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  }
}

/** The PGlite folder belongs to another live process (a running `veille start`, typically). */
export class PgliteOwnedError extends ConfigError {}

function ownedError(folder: string, lockPath: string, owner: PgliteOwner): ConfigError {
  return new PgliteOwnedError(
    `[store:pglite] ${folder} is in use by pid ${owner.pid} on ${owner.host} (started ${owner.startedAt}): ` +
      'only one process may open an embedded PGlite database. Stop that process, or set DATABASE_URL ' +
      `to a Postgres server so several processes can share one database (if no such process runs, delete ${lockPath}).`,
  );
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
