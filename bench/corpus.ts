import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Deterministic PRNG (mulberry32) so every run benches the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fixtureParagraphs(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((n) => readFile(path.join(dir, n), 'utf8')));
  return texts.flatMap((t) => t.split(/\n+/)).map((p) => p.trim()).filter((p) => p.length > 40);
}

/**
 * Writes `count` .txt documents recombined from fixture paragraphs (3–8 each, 1–6 KB),
 * each made unique by a numbered dateline so no two share a content hash.
 */
export async function generateCorpus(outDir: string, count: number, fixturesDir = 'fixtures/seeds'): Promise<string[]> {
  const paragraphs = await fixtureParagraphs(fixturesDir);
  if (paragraphs.length === 0) throw new Error(`[bench] no paragraphs in ${fixturesDir}`);
  const next = random(20261122);
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = 3 + Math.floor(next() * 6);
    const body = Array.from({ length: n }, () => paragraphs[Math.floor(next() * paragraphs.length)]!);
    const file = path.join(outDir, `doc-${String(i).padStart(5, '0')}.txt`);
    await writeFile(file, `Communiqué n° ${i + 1}\n\n${body.join('\n\n')}\n`);
    files.push(file);
  }
  return files;
}
