import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { runPipelineProcess } from '../run-pipeline-process.js';

/** `veille start`: inbox watcher, workers, crawl scheduler and review app in one process. */
export function startCommand(ctx: CliContext): Command {
  return new Command('start')
    .description('watch the inbox and run the workers, the crawl scheduler and the review app until SIGINT/SIGTERM')
    .action(async () => {
      await runPipelineProcess(ctx, { watchInbox: true, extras: true });
    });
}
