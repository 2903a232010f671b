import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import { crawlCommand } from './commands/crawl.js';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { migrateCommand } from './commands/migrate.js';
import { recordsCommand } from './commands/records.js';
import { startCommand } from './commands/start.js';
import { webCommand } from './commands/web.js';
import { workerCommand } from './commands/worker.js';
import type { CliContext, CliIo } from './context.js';
import { EXIT, exitCodeOf } from './exit-codes.js';

const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The veille program with every command; no side effect until parsed. */
export function buildCli(ctx: CliContext): Command {
  const output = { writeOut: (s: string) => ctx.io.out(s.trimEnd()), writeErr: (s: string) => ctx.io.err(s.trimEnd()) };
  const program = new Command('veille')
    .description('reads cooperation news and extracts organisations, people, places, dates and agreement/mission events')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput(output);
  const commands = [startCommand, workerCommand, ingestCommand, crawlCommand, extractCommand, recordsCommand, migrateCommand, webCommand, evalCommand];
  for (const make of commands) program.addCommand(make(ctx).exitOverride().configureOutput(output).showHelpAfterError());
  return program;
}

/**
 * Runs `veille …` (argv as process.argv: node, script, args) and returns the exit code.
 * Commands report batch failures through process.exitCode; thrown errors are mapped here.
 */
export async function runCli(argv: readonly string[], io: CliIo = consoleIo, env = process.env): Promise<number> {
  const outer = process.exitCode;
  process.exitCode = undefined;
  try {
    const ctx: CliContext = { config: loadConfig(env), io };
    await buildCli(ctx).parseAsync([...argv]);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (!(error instanceof CommanderError)) io.err(`veille: ${errorMessage(error)}`);
    return exitCodeOf(error);
  } finally {
    process.exitCode = outer;
  }
}
