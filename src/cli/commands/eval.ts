import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { runEval } from '../../extract/eval/run-eval.js';

/** `veille eval DIR [--pred OUT] [--gold DIR] [--scorer PATH] [--verbose] [--json]`. */
export function evalCommand(ctx: CliContext): Command {
  return new Command('eval')
    .description('run extract() on DIR/*.txt, write OUT/<name>.json and print the scorer report')
    .argument('<dir>', 'folder of .txt documents (with .gold.json beside them)')
    .option('--pred <out>', 'folder for the predictions (default: a temp folder)')
    .option('--gold <dir>', 'folder of .gold.json files (default: DIR)')
    .option('--scorer <path>', 'scorer script (default: ../shared/eval/score beside the repository)')
    .option('--verbose', 'per-document misses and spurious predictions')
    .option('--json', 'the scorer report as JSON')
    .action(async (dir: string, opts: { pred?: string; gold?: string; scorer?: string; verbose?: boolean; json?: boolean }) => {
      const code = await runEval(
        {
          inputDir: path.resolve(dir),
          predDir: opts.pred && path.resolve(opts.pred),
          goldDir: opts.gold && path.resolve(opts.gold),
          scorer: opts.scorer && path.resolve(opts.scorer),
          verbose: opts.verbose,
          json: opts.json,
        },
        ctx.io,
      );
      if (code !== 0) process.exitCode = code;
    });
}
