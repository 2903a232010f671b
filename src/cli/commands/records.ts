import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, InvalidArgumentError } from 'commander';
import { recordLines } from '../../export/records-format.js';
import { createStore } from '../../store/create-store.js';
import { PgliteOwnedError } from '../../store/pglite-owner-lock.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../../store/store.js';
import type { CliContext } from '../context.js';
import { recordsFromRunningApp } from '../records-from-running-app.js';

interface RecordsOptions {
  readonly format: 'jsonl' | 'csv';
  readonly status?: readonly ReviewStatus[];
  readonly entities?: boolean;
  readonly out?: string;
}

function parseFormat(value: string): 'jsonl' | 'csv' {
  if (value === 'jsonl' || value === 'csv') return value;
  throw new InvalidArgumentError('expected jsonl or csv');
}

function parseStatuses(value: string): ReviewStatus[] {
  const statuses = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = statuses.filter((s) => !(REVIEW_STATUSES as readonly string[]).includes(s));
  if (bad.length > 0) throw new InvalidArgumentError(`unknown status ${bad.join(', ')} (known: ${REVIEW_STATUSES.join(', ')})`);
  return statuses as ReviewStatus[];
}

/** `veille records --format jsonl|csv`: events with their parties, and the entities. */
export function recordsCommand(ctx: CliContext): Command {
  return new Command('records')
    .description('export events (with parties and signatories) and entities as JSON lines or CSV')
    .option('--format <format>', 'jsonl (events then entities, one object a line) or csv (events, or entities with --entities)', parseFormat, 'jsonl')
    .option('--status <list>', `only events in these review statuses (${REVIEW_STATUSES.join(',')})`, parseStatuses)
    .option('--entities', 'csv: export the entities instead of the events')
    .option('--out <file>', 'write to FILE instead of stdout')
    .action(async (opts: RecordsOptions) => {
      const sink = opts.out ? fileSink(opts.out) : { write: async (line: string) => ctx.io.out(line), end: async () => {} };
      for await (const line of exportLines(ctx, opts)) await sink.write(line);
      await sink.end();
    });
}

/** From the database, or, when a running `veille start` owns the embedded one, from its review app. */
async function* exportLines(ctx: CliContext, opts: RecordsOptions): AsyncGenerator<string> {
  let store;
  try {
    store = await createStore(ctx.config);
  } catch (error) {
    if (!(error instanceof PgliteOwnedError)) throw error;
    ctx.io.err(`veille: the embedded database is in use by a running veille; reading the records through its review app`);
    yield* recordsFromRunningApp(ctx.config, opts);
    return;
  }
  try {
    yield* recordLines(store, opts);
  } finally {
    await store.close();
  }
}

function fileSink(file: string) {
  const stream = createWriteStream(file);
  return {
    async write(line: string) {
      if (!stream.write(`${line}\n`)) await once(stream, 'drain');
    },
    async end() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}
