import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.js';
import { makeArticles, paragraphs } from './extract.js';

/*
 * Speed work must not change what extract() returns. This writes extract()'s output for
 * the dev set, the extra evaluation articles, the seeds and the bench's generated articles
 * (one JSON line each, extractorVersion left out), or compares it with an earlier file:
 *   node --import tsx bench/extract-snapshot.ts write FILE
 *   node --import tsx bench/extract-snapshot.ts compare FILE   (exit 1 and a summary on any difference)
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function inputs(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const dir of ['../shared/eval/dev', 'fixtures/eval-extra', 'fixtures/seeds']) {
    const abs = path.resolve(root, dir);
    const names = await readdir(abs).catch(() => [] as string[]);
    for (const n of names.filter((x) => x.endsWith('.txt')).sort()) out.push([`${dir}/${n}`, await readFile(path.join(abs, n), 'utf8')]);
  }
  makeArticles(await paragraphs(), 300).forEach((a, i) => out.push([`bench#${i}`, a]));
  return out;
}

function snapshotLine(id: string, text: string): string {
  const { extractorVersion: _version, ...rest } = extract(text);
  return JSON.stringify({ id, ...rest });
}

async function main([mode, file]: string[]): Promise<number> {
  if ((mode !== 'write' && mode !== 'compare') || !file) {
    console.error('usage: extract-snapshot.ts write|compare FILE');
    return 2;
  }
  const lines = (await inputs()).map(([id, text]) => snapshotLine(id, text));
  if (mode === 'write') {
    await writeFile(file, `${lines.join('\n')}\n`);
    console.log(`${lines.length} documents written to ${file}`);
    return 0;
  }
  // Compared by document id: documents added since the snapshot was written are skipped.
  const before = new Map((await readFile(file, 'utf8')).trimEnd().split('\n').map((l) => [(JSON.parse(l) as { id: string }).id, l]));
  let differing = 0;
  let compared = 0;
  const fields = new Map<string, number>();
  for (const line of lines) {
    const b = JSON.parse(line) as Record<string, unknown> & { id: string };
    const old = before.get(b.id);
    if (old === undefined) continue;
    compared++;
    if (old === line) continue;
    differing++;
    const a = JSON.parse(old) as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) fields.set(key, (fields.get(key) ?? 0) + 1);
    }
    if (differing <= 3) console.log(`differs: ${b.id}`);
  }
  console.log(differing === 0 ? `identical (${compared} documents)` : `${differing} of ${compared} documents differ; fields: ${[...fields].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return differing === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
