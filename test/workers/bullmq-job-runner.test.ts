import { afterAll, describe, expect, it } from 'vitest';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { BullmqJobRunner, toBullmqJobId } from '../../src/workers/bullmq/bullmq-job-runner.js';
import { checkEvictionPolicy } from '../../src/workers/bullmq/redis-connection.js';
import { ConfigError } from '../../src/errors.js';
import type { JobFailure } from '../../src/workers/job-runner.js';
import { describeJobRunnerContract } from '../contracts/job-runner-contract.js';
import { redisUrl, uniqueName } from '../support/services.js';

const prefix = uniqueName('veille_test_bullmq');

describe.skipIf(!redisUrl)('BullmqJobRunner (needs REDIS_URL; skipped without it outside CI)', () => {
  afterAll(async () => {
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('keeps its keys under the configured prefix', async () => {
    const own = uniqueName(prefix);
    const runner = new BullmqJobRunner({ redisUrl: redisUrl!, prefix: own });
    await runner.enqueue('somewhere', { x: 1 }, { jobId: 'k1' });
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys(`${own}:somewhere:*`);
    await redis.quit();
    await runner.close();
    expect(keys.length).toBeGreaterThan(0);
  });

  describeJobRunnerContract('bullmq', () => new BullmqJobRunner({ redisUrl: redisUrl!, prefix: uniqueName(prefix), concurrency: 2 }));

  it('reports a job that stalled more often than allowed as a permanent failure, without running it', async () => {
    const own = uniqueName(prefix);
    // A worker that takes the job and goes silent, as a killed process does: fetched by hand, its lock never renewed.
    const silentConnection = new Redis(redisUrl!, { maxRetriesPerRequest: null });
    const silent = new Worker('stalls', null, { connection: silentConnection, prefix: own, lockDuration: 300, autorun: false });
    const runner = new BullmqJobRunner({ redisUrl: redisUrl!, prefix: own, lockDurationMs: 300, stalledIntervalMs: 200, maxStalledCount: 0 });
    const ran: unknown[] = [];
    runner.register('stalls', async (ctx) => void ran.push(ctx.data));
    const failures: JobFailure[] = [];
    runner.onFailed((f) => void failures.push(f));
    try {
      await runner.enqueue('stalls', { doc: 'd1' }, { jobId: 'stalled-job' });
      const taken = await silent.getNextJob('silent-worker-token');
      expect(taken?.id).toBe('stalled-job');
      await runner.start();
      const deadline = Date.now() + 10_000;
      while (failures.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ queue: 'stalls', jobId: 'stalled-job', data: { doc: 'd1' }, permanent: true });
      expect(failures[0]!.error.message).toMatch(/stalled/);
      expect(ran).toEqual([]);
    } finally {
      await runner.close();
      await silent.close(true);
      await silentConnection.quit();
    }
  });

  it('refuses a Redis whose maxmemory-policy evicts keys', async () => {
    const fake = { call: async () => ['maxmemory-policy', 'allkeys-lru'] } as unknown as Redis;
    await expect(checkEvictionPolicy(fake, () => {})).rejects.toBeInstanceOf(ConfigError);
  });

  it('warns and goes on when CONFIG is not permitted', async () => {
    const warnings: string[] = [];
    const fake = { call: async () => { throw new Error('NOPERM'); } } as unknown as Redis;
    await checkEvictionPolicy(fake, (line) => warnings.push(line));
    expect(warnings.join()).toMatch(/maxmemory-policy/);
  });

  it('accepts the real test server (noeviction)', async () => {
    const redis = new Redis(redisUrl!, { maxRetriesPerRequest: null });
    await expect(checkEvictionPolicy(redis, () => {})).resolves.toBeUndefined();
    await redis.quit();
  });

  it('maps ids BullMQ refuses (colons, digits only) to stable safe ids', () => {
    expect(toBullmqJobId('doc-1')).toBe('doc-1');
    expect(toBullmqJobId('a:b')).toMatch(/^h[0-9a-f]{32}$/);
    expect(toBullmqJobId('123')).not.toBe('123');
    expect(toBullmqJobId('a:b')).toBe(toBullmqJobId('a:b'));
  });
});
