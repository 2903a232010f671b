import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeArticles, paragraphs } from './extract.js';

/*
 * CPU per extract() call of two trees, A/B, for speed work on a shared machine. Each tree runs in
 * its own child process (two copies of the extractor in one process read ~25 % apart, the second
 * one slower, though their code was the same), warmed with WARM calls; then ROUNDS rounds each
 * time one block of the same articles on each side, one side after the other, the order swapped
 * every round, so the machine's slow spells weigh on both alike. Prints each side's median CPU ms
 * per article and the median (with quartiles) of the per-round ratio B/A.
 *   node --import tsx bench/ab-extract.ts TREE_A TREE_B [rounds=60] [block=40] [warm=4000]
 */

type Extract = (text: string) => unknown;
type Request = { from: number; block: number };

const ARTICLES = 200;

async function child(tree: string, warm: number): Promise<void> {
  const { extract } = (await import(pathToFileURL(path.resolve(tree, 'src/extract/extract.ts')).href)) as { extract: Extract };
  const articles = makeArticles(await paragraphs(), ARTICLES);
  for (let n = 0; n < warm; n++) extract(articles[n % articles.length]!);
  process.on('message', ({ from, block }: Request) => {
    const t0 = process.cpuUsage();
    for (let i = 0; i < block; i++) extract(articles[(from + i) % articles.length]!);
    const d = process.cpuUsage(t0);
    process.send!((d.user + d.system) / 1000 / block);
  });
  process.send!('ready');
}

function ask(p: ChildProcess, req: Request): Promise<number> {
  return new Promise((resolve) => {
    p.once('message', (m) => resolve(m as number));
    p.send(req);
  });
}

function start(tree: string, warm: number): Promise<ChildProcess> {
  const p = fork(fileURLToPath(import.meta.url), ['--child', tree, String(warm)], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve) => p.once('message', () => resolve(p)));
}

async function parent([treeA, treeB, ...rest]: string[]): Promise<void> {
  if (!treeA || !treeB) throw new Error('usage: ab-extract.ts TREE_A TREE_B [rounds] [block] [warm]');
  const [rounds, block, warm] = [Number(rest[0] ?? 60), Number(rest[1] ?? 40), Number(rest[2] ?? 4000)];
  const sides = { A: await start(treeA, warm), B: await start(treeB, warm) };
  const perSide = { A: [] as number[], B: [] as number[] };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const req = { from: (r * block) % ARTICLES, block };
    const got = { A: 0, B: 0 };
    for (const s of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) got[s] = await ask(sides[s], req);
    perSide.A.push(got.A);
    perSide.B.push(got.B);
    ratios.push(got.B / got.A);
  }
  sides.A.kill();
  sides.B.kill();
  const q = (xs: readonly number[], p: number): string => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!.toFixed(3);
  console.log(`A ${treeA}: median ${q(perSide.A, 0.5)} ms CPU/article`);
  console.log(`B ${treeB}: median ${q(perSide.B, 0.5)} ms CPU/article`);
  console.log(`B/A per round: median ${q(ratios, 0.5)} (quartiles ${q(ratios, 0.25)}–${q(ratios, 0.75)}, ${rounds} rounds of ${block})`);
}

if (process.argv[2] === '--child') await child(process.argv[3]!, Number(process.argv[4]));
else await parent(process.argv.slice(2));
