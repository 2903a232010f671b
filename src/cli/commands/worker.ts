import { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { runPipelineProcess } from '../run-pipeline-process.js';

/** `veille worker`: only the queue workers; N of them on N machines share the work through Redis. */
export function workerCommand(ctx: CliContext): Command {
  return new Command('worker')
    .description('run only the ingest and extract workers (needs REDIS_URL and DATABASE_URL; several may run at once)')
    .action(async () => {
      if (!ctx.config.redisUrl) throw new ConfigError('[worker] REDIS_URL is not set: without Redis, use `veille start`, which runs the workers in-process');
      if (!ctx.config.databaseUrl) throw new ConfigError('[worker] DATABASE_URL is not set: embedded PGlite has one owner, so separate workers need Postgres');
      await runPipelineProcess(ctx, { watchInbox: false, extras: false });
    });
}
