import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { pgliteFolder } from '../../src/store/dialects.js';
import { openDatabase } from '../../src/store/open-database.js';
import { acquirePgliteOwnerLock, lockPathFor, readPgliteOwner } from '../../src/store/pglite-owner-lock.js';

/* One owner per PGlite folder, checked with real second processes (tsx children). */

const CHILD = fileURLToPath(new URL('./support/open-pglite-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veille-owner-lock-'));
  tempDirs.push(dir);
  return dir;
}

interface ChildReport {
  opened?: boolean;
  pid?: number;
  error?: { name: string; message: string; code?: string };
}

function startChild(dataDir: string, mode: 'try' | 'hold' | 'exit'): { child: ChildProcess; report: Promise<ChildReport> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, mode], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const report = new Promise<ChildReport>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line) as ChildReport));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) without a report`)));
  });
  return { child, report };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

// Each process test starts PGlite once or twice (a few seconds each on a busy 2-core machine).
const PROCESS_TEST_MS = 90_000;

describe('PGlite owner lock', () => {
  // One folder for the process tests, created up front: PGlite's first start (initdb) is its slow part.
  const dataDir = tempDataDir();
  const config = loadConfig({ VEILLE_DATA_DIR: dataDir });
  beforeAll(async () => {
    await (await openDatabase(config)).close();
  });

  it('refuses a second process with a ConfigError naming the owner, and is released on close', async () => {
    const handle = await openDatabase(config);
    try {
      const { child, report } = startChild(dataDir, 'try');
      const { error } = await report;
      await exited(child);
      // PgliteOwnedError: the ConfigError subclass `records` tells apart (code stays `config`).
      expect(error?.name).toBe('PgliteOwnedError');
      expect(error?.code).toBe('config');
      expect(error?.message).toContain(`pid ${process.pid}`);
      expect(error?.message).toContain(os.hostname());
      expect(error?.message).toContain('DATABASE_URL');
      // The owner is unharmed.
      expect(await handle.db.selectFrom('documents').select('id').execute()).toEqual([]);
    } finally {
      await handle.close();
    }
    expect(fs.existsSync(lockPathFor(pgliteFolder(config)))).toBe(false);
  }, PROCESS_TEST_MS);

  it('takes over the lock of a process killed with SIGKILL', async () => {
    const { child, report } = startChild(dataDir, 'hold');
    try {
      expect((await report).opened).toBe(true);
      expect(readPgliteOwner(pgliteFolder(config))?.pid).toBe(child.pid);
      await expect(openDatabase(config)).rejects.toThrow(new RegExp(`in use by pid ${child.pid}`));
    } finally {
      child.kill('SIGKILL');
      await exited(child);
    }
    expect(readPgliteOwner(pgliteFolder(config))?.pid).toBe(child.pid);
    const handle = await openDatabase(config);
    expect(readPgliteOwner(pgliteFolder(config))?.pid).toBe(process.pid);
    await handle.close();
  }, PROCESS_TEST_MS);

  it('is released when the owning process exits without closing', async () => {
    const { child, report } = startChild(dataDir, 'exit');
    expect((await report).opened).toBe(true);
    await exited(child);
    expect(child.exitCode).toBe(0);
    expect(fs.existsSync(lockPathFor(pgliteFolder(config)))).toBe(false);
  }, PROCESS_TEST_MS);

  it('treats a lock left by an earlier process with this pid as stale (containers reuse pids)', () => {
    const folder = path.join(tempDataDir(), 'pglite');
    const lockPath = lockPathFor(folder);
    fs.writeFileSync(lockPath, JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: '2020-01-01T00:00:00Z' }));
    const lock = acquirePgliteOwnerLock(folder);
    expect(() => acquirePgliteOwnerLock(folder)).toThrow(ConfigError);
    lock.release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('refuses a lock held from another host, and an unreadable one, with the file to delete', () => {
    const folder = path.join(tempDataDir(), 'pglite');
    const lockPath = lockPathFor(folder);
    fs.writeFileSync(lockPath, JSON.stringify({ pid: 4242, host: 'other-host.example', startedAt: '2026-01-01T00:00:00Z' }));
    expect(() => acquirePgliteOwnerLock(folder)).toThrow(/pid 4242 on other-host\.example/);
    fs.writeFileSync(lockPath, 'not json');
    expect(() => acquirePgliteOwnerLock(folder)).toThrow(lockPath);
  });
});
