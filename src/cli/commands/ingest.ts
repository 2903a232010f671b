import { Command } from 'commander';
import { createStore } from '../../store/create-store.js';
import { closePipelineResources } from '../../workers/close-pipeline-resources.js';
import { expandSources, ingestSources, type IngestItemResult } from '../../workers/ingest-sources.js';
import type { CliContext } from '../context.js';
import { failureLine } from '../../workers/failure-line.js';

const PROGRESS_EVERY_MS = 2_000;

/** `veille ingest PATH|URL...`: stores and extracts files, folders (recursively) and URLs now. */
export function ingestCommand(ctx: CliContext): Command {
  return new Command('ingest')
    .description('read, store and extract files, folders (recursively) and http(s) URLs; one result line per item')
    .argument('<sources...>', 'files, folders or http(s) URLs')
    .action(async (args: string[]) => {
      const sources = await expandSources(args);
      const store = await createStore(ctx.config);
      let done = 0;
      let failed = 0;
      const progress = setInterval(() => ctx.io.err(`ingest: ${done}/${sources.length} done, ${failed} failed`), PROGRESS_EVERY_MS);
      try {
        await ingestSources(ctx.config, store, sources, (result) => {
          done += 1;
          if (!result.ok) failed += 1;
          report(ctx, result);
        });
      } finally {
        clearInterval(progress);
        await Promise.all([store.close(), closePipelineResources()]);
      }
      ctx.io.err(`ingest: ${sources.length - failed} ok, ${failed} failed`);
      if (failed > 0) process.exitCode = 1;
    });
}

function report(ctx: CliContext, result: IngestItemResult): void {
  if (!result.ok) return ctx.io.err(failureLine(result.stage, result.source, new Error(`${result.reason} (${result.code})`)));
  const counts = result.entities === undefined ? '' : `, ${result.entities} entities, ${result.events} events`;
  ctx.io.out(`ok ${result.source} -> ${result.documentId} (${result.created ? 'new' : 'known'}${counts})`);
}
