import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extract } from '../extract.js';
import { errorMessage } from '../../errors.js';

export interface PredictionResult {
  readonly document: string;
  readonly ok: boolean;
  readonly error?: string;
}

/**
 * Runs extract() on every DIR/*.txt and writes OUT/<name>.json (the scorer's prediction
 * shape). Never throws halfway: a failing document is reported and the others go on.
 */
export async function writePredictions(inputDir: string, outDir: string): Promise<PredictionResult[]> {
  await mkdir(outDir, { recursive: true });
  const names = (await readdir(inputDir)).filter((f) => f.endsWith('.txt')).sort();
  const results: PredictionResult[] = [];
  for (const name of names) results.push(await predictOne(inputDir, outDir, name));
  return results;
}

async function predictOne(inputDir: string, outDir: string, name: string): Promise<PredictionResult> {
  try {
    const text = await readFile(path.join(inputDir, name), 'utf8');
    const extraction = { document: name, ...extract(text) };
    const target = path.join(outDir, `${name.replace(/\.txt$/, '')}.json`);
    await writeFile(target, `${JSON.stringify(extraction, null, 2)}\n`);
    return { document: name, ok: true };
  } catch (err) {
    return { document: name, ok: false, error: errorMessage(err) };
  }
}
