import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, InvalidArgumentError } from 'commander';
import { createStore } from '../../store/create-store.js';
import { REVIEW_STATUSES, type ReviewStatus, type Store } from '../../store/store.js';
import type { CliContext } from '../context.js';
import { csvLine, ENTITY_CSV_HEADER, entityCsvRow, EVENT_CSV_HEADER, eventCsvRow } from '../records-format.js';

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
      const store = await createStore(ctx.config);
      try {
        const sink = opts.out ? fileSink(opts.out) : { write: (line: string) => ctx.io.out(line), end: async () => {} };
        for await (const line of recordLines(store, opts)) await sink.write(line);
        await sink.end();
      } finally {
        await store.close();
      }
    });
}

async function* recordLines(store: Store, opts: RecordsOptions): AsyncGenerator<string> {
  const events = store.exportEvents({ reviewStatuses: opts.status });
  if (opts.format === 'jsonl') {
    for await (const event of events) yield JSON.stringify({ record: 'event', ...event });
    for await (const entity of store.exportEntities()) yield JSON.stringify({ record: 'entity', ...entity });
  } else if (opts.entities) {
    yield csvLine(ENTITY_CSV_HEADER);
    for await (const entity of store.exportEntities()) yield csvLine(entityCsvRow(entity));
  } else {
    yield csvLine(EVENT_CSV_HEADER);
    for await (const event of events) yield csvLine(eventCsvRow(event));
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
