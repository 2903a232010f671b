import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { claimFile, listEntries, removeIfEmpty } from './inbox-files.js';

/*
 * Each watcher claims into its own processing/<host>~<pid>~<token>/ folder, so a leftover
 * folder can be told apart from a live one: it belongs to this host and its pid is gone.
 */

const HOST = os.hostname().replace(/[^\w.-]/g, '_');

export function newOwnerName(): string {
  return `${HOST}~${process.pid}~${randomBytes(4).toString('hex')}`;
}

function isAbandoned(owner: string): boolean {
  const [host, pid] = owner.split('~');
  if (host !== HOST || !pid || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Moves files left by crashed watchers on this host into `ownerDir`; returns their new paths. */
export async function reclaimAbandoned(processingDir: string, ownerDir: string): Promise<string[]> {
  const reclaimed: string[] = [];
  const taken = new Set<string>();
  for (const owner of await listEntries(processingDir)) {
    const dir = path.join(processingDir, owner);
    if (dir === ownerDir || !isAbandoned(owner)) continue;
    for (const name of await listEntries(dir)) {
      const claimed = await claimFile(path.join(dir, name), ownerDir, taken);
      if (claimed) reclaimed.push(claimed), taken.add(claimed);
    }
    await removeIfEmpty(dir);
  }
  return reclaimed;
}
