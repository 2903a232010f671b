import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writePredictions } from './write-predictions.js';

export interface EvalOptions {
  /** Folder of X.txt documents. */
  readonly inputDir: string;
  /** Where X.json predictions go; a fresh temp folder when unset. */
  readonly predDir?: string;
  /** Folder of X.gold.json; defaults to inputDir. */
  readonly goldDir?: string;
  /** Path of the scorer; defaults to ../shared/eval/score beside the repository. */
  readonly scorer?: string;
  readonly verbose?: boolean;
  readonly json?: boolean;
}

export interface EvalIo {
  out(line: string): void;
  err(line: string): void;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_SCORER = path.resolve(REPO_ROOT, '../shared/eval/score');

/** Writes predictions for inputDir/*.txt, runs the scorer, prints its report; returns an exit code. */
export async function runEval(options: EvalOptions, io: EvalIo): Promise<number> {
  if (!existsSync(options.inputDir)) {
    io.err(`[eval] ${options.inputDir}: no such folder (expected X.txt documents with X.gold.json beside them)`);
    return 2;
  }
  const predDir = options.predDir ?? (await mkdtemp(path.join(os.tmpdir(), 'veille-eval-')));
  const results = await writePredictions(options.inputDir, predDir);
  for (const r of results) if (!r.ok) io.err(`[eval] ${r.document}: ${r.error}`);
  if (!options.json) io.err(`[eval] ${results.length} predictions written to ${predDir}`);
  const scorer = options.scorer ?? DEFAULT_SCORER;
  if (!existsSync(scorer)) {
    io.err(`[eval] scorer not found: ${scorer} (pass --scorer PATH)`);
    return 2;
  }
  const args = ['--gold', options.goldDir ?? options.inputDir, '--pred', predDir];
  if (options.verbose) args.push('--verbose');
  if (options.json) args.push('--json');
  const { code, stdout, stderr } = await runNode(scorer, args);
  if (stdout.trim()) io.out(stdout.trimEnd());
  if (stderr.trim()) io.err(stderr.trimEnd());
  return code;
}

function runNode(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (err) => resolve({ code: 1, stdout, stderr: `${stderr}${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pred: { type: 'string' },
      gold: { type: 'string' },
      scorer: { type: 'string' },
      verbose: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const inputDir = positionals[0];
  if (!inputDir) {
    console.error('usage: run-eval.ts DIR [--pred OUT] [--gold DIR] [--scorer PATH] [--verbose] [--json]');
    return 2;
  }
  const io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l) };
  return runEval({ inputDir, predDir: values.pred, goldDir: values.gold, scorer: values.scorer, verbose: values.verbose, json: values.json }, io);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
