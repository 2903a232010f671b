import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '../support/wait-for.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHILD = path.join(here, '../support/watch-inbox-child.ts');
const REPO = path.resolve(here, '../../..');
const children: ChildProcess[] = [];
let root: string | undefined;

afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  if (root) await rm(root, { recursive: true, force: true });
});

function startChild(inbox: string, log: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, inbox, log], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (data: Buffer) => data.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`watcher process exited with ${code}`)));
  });
}

describe('two watcher processes on one inbox', () => {
  it('take each file exactly once between them', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'veille-inbox-procs-'));
    const inbox = path.join(root, 'inbox');
    const log = path.join(root, 'taken.log');
    await mkdir(inbox);
    await writeFile(log, '');
    const [first, second] = await Promise.all([startChild(inbox, log), startChild(inbox, log)]);
    const names = Array.from({ length: 40 }, (_, index) => `depeche-${String(index).padStart(2, '0')}.txt`);
    await Promise.all(names.map((name) => writeFile(path.join(inbox, name), `Dépêche ${name}`)));
    await waitFor(async () => (await readdir(path.join(inbox, 'done'))).length === names.length, 25_000, 'all files in done/');
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.map((line) => line.split(' ')[1]).sort()).toEqual(names);
    const pids = new Set(lines.map((line) => Number(line.split(' ')[0])));
    expect([...pids].every((pid) => pid === first.pid || pid === second.pid)).toBe(true);
  }, 60_000);
});
