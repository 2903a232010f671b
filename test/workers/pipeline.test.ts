import { mkdtemp, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { createStore } from '../../src/store/create-store.js';
import type { Store } from '../../src/store/store.js';
import { BullmqJobRunner } from '../../src/workers/bullmq/bullmq-job-runner.js';
import { closePipelineResources } from '../../src/workers/close-pipeline-resources.js';
import type { InboxFiles } from '../../src/workers/handlers/inbox-files.js';
import { registerPipeline } from '../../src/workers/handlers/register-pipeline.js';
import { InProcessJobRunner } from '../../src/workers/in-process/in-process-job-runner.js';
import type { JobRunner } from '../../src/workers/job-runner.js';
import { requeueUnfinished } from '../../src/workers/pipeline.js';
import { createTempDatabase, postgresUrl, redisUrl, uniqueName } from '../support/services.js';

/** Records what the pipeline asks of the inbox (the real watcher is tested in test/ingest). */
class RecordingInbox implements InboxFiles {
  readonly done: string[] = [];
  readonly failed: Array<{ file: string; reason: string }> = [];
  async markDone(file: string) {
    this.done.push(file);
  }
  async markFailed(file: string, error: unknown) {
    this.failed.push({ file, reason: String(error) });
  }
}

const seedDir = path.resolve('fixtures/seeds');

function describePipeline(name: string, setup: () => Promise<{ config: Config; store: Store; runner: () => JobRunner; dispose(): Promise<void> }>) {
  describe(`pipeline on ${name}`, () => {
    let env: Awaited<ReturnType<typeof setup>>;
    let dir: string;

    beforeAll(async () => {
      env = await setup();
      dir = await mkdtemp(path.join(os.tmpdir(), 'veille-pipeline-'));
    });

    afterAll(async () => {
      await env?.dispose();
      await closePipelineResources();
      await rm(dir, { recursive: true, force: true });
    });

    async function run(sources: string[]) {
      const runner = env.runner();
      const inbox = new RecordingInbox();
      const extracted: string[] = [];
      registerPipeline(runner, { config: env.config, store: env.store, inbox, onExtracted: (r) => extracted.push(r.source) });
      await runner.start();
      await Promise.all(sources.map((source) => runner.enqueue('ingest', { source })));
      await runner.idle();
      await runner.close();
      return { inbox, extracted };
    }

    it('ingests and extracts the seeds, settles their files, and stores the same content once', async () => {
      const names = (await readdir(seedDir)).filter((n) => n.endsWith('.txt'));
      const files = await Promise.all(names.map(async (n) => {
        const file = path.join(dir, n);
        await copyFile(path.join(seedDir, n), file);
        return file;
      }));
      const twin = path.join(dir, 'copy of first.txt');
      await copyFile(files[0]!, twin);
      const { inbox, extracted } = await run([...files, twin]);
      expect(inbox.done.sort()).toEqual([...files, twin].sort());
      expect(inbox.failed).toEqual([]);
      expect(extracted).toHaveLength(names.length);
      const stats = await env.store.stats();
      expect(stats.documents).toBe(names.length);
      expect(stats.events).toBeGreaterThan(0);
      expect(await env.store.listUnfinishedDocumentIds()).toEqual([]);
    });

    it('records bad input once, without retrying it, and sends the file to failed/', async () => {
      const empty = path.join(dir, 'empty.txt');
      await writeFile(empty, '');
      const binary = path.join(dir, 'binary.txt');
      await writeFile(binary, Buffer.from([0, 1, 2, 0, 255, 0, 3, 0, 0, 7, 0, 0]));
      const before = (await env.store.listFailures()).length;
      const { inbox } = await run([empty, binary, path.join(dir, 'vanished.txt')]);
      const failures = (await env.store.listFailures()).slice(0, (await env.store.listFailures()).length - before);
      expect(failures.map((f) => f.source).sort()).toEqual([binary, empty, path.join(dir, 'vanished.txt')].sort());
      expect(failures.every((f) => f.stage === 'ingest' && f.attempts === 1)).toBe(true);
      expect(failures.find((f) => f.source === empty)?.code).toBe('empty');
      expect(failures.find((f) => f.source.endsWith('vanished.txt'))?.code).toBe('vanished');
      expect(inbox.failed.map((f) => f.file).sort()).toEqual([binary, empty, path.join(dir, 'vanished.txt')].sort());
      expect(inbox.failed.every((f) => f.reason.length > 0)).toBe(true);
    });

    it('re-queues documents left unfinished at start', async () => {
      const text = 'La Ville de Granby et la commune de Lons ont signé une entente de jumelage le 12 mai 2019.';
      const stored = await env.store.upsertDocument({
        sourceUri: 'file:///tmp/left-behind.txt', format: 'txt', byteLength: text.length, text,
        contentSha256: 'ab'.repeat(32),
      });
      expect(stored.status).toBe('pending');
      const runner = env.runner();
      registerPipeline(runner, { config: env.config, store: env.store });
      await runner.start();
      expect(await requeueUnfinished({ config: env.config, store: env.store, runner })).toBe(1);
      await runner.idle();
      await runner.close();
      expect((await env.store.getDocument(stored.id)).status).toBe('extracted');
    });
  });
}

describePipeline('in-process + PGlite', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veille-pipeline-db-'));
  const config = loadConfig({ VEILLE_DATA_DIR: dataDir, VEILLE_CONCURRENCY: '2' });
  const store = await createStore(config);
  return {
    config,
    store,
    runner: () => new InProcessJobRunner({ concurrency: 2 }),
    async dispose() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});

describe.skipIf(!(postgresUrl && redisUrl))('with Postgres and Redis (DATABASE_URL / REDIS_URL unset: skipped)', () => {
  describePipeline('BullMQ + Postgres', async () => {
    const db = await createTempDatabase(postgresUrl!);
    const prefix = uniqueName('veille_test_pipeline');
    const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: redisUrl, VEILLE_QUEUE_PREFIX: prefix, VEILLE_CONCURRENCY: '2' });
    const store = await createStore(config);
    return {
      config,
      store,
      runner: () => new BullmqJobRunner({ redisUrl: redisUrl!, prefix, concurrency: 2 }),
      async dispose() {
        await store.close();
        await db.drop();
      },
    };
  });
});
