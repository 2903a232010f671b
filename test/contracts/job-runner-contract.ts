import { afterEach, describe, expect, it } from 'vitest';
import { PermanentError } from '../../src/errors.js';
import type { JobFailure, JobRunner } from '../../src/workers/job-runner.js';

/** The JobRunner contract, run on every backend (unstorage's testDriver pattern). */
export function describeJobRunnerContract(name: string, create: () => JobRunner): void {
  describe(`JobRunner contract: ${name}`, () => {
    let runner: JobRunner | undefined;
    const open = () => (runner = create());
    const fast = { attempts: 3, backoffMs: 20 };

    afterEach(async () => {
      await runner?.close();
      runner = undefined;
    });

    it('retries a failing job with backoff, then succeeds', async () => {
      const r = open();
      const attempts: number[] = [];
      const startedAt: number[] = [];
      r.register<{ n: number }>('flaky', async (ctx) => {
        attempts.push(ctx.attempt);
        startedAt.push(Date.now());
        if (ctx.attempt < 3) throw new Error('transient');
      }, { retry: fast });
      const failures: JobFailure[] = [];
      r.onFailed((f) => void failures.push(f));
      await r.start();
      await r.enqueue('flaky', { n: 1 });
      await r.idle();
      expect(attempts).toEqual([1, 2, 3]);
      expect(failures).toEqual([]);
      // exponential: the second wait (40 ms) is longer than the first (20 ms)
      expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(15);
      expect(startedAt[2]! - startedAt[1]!).toBeGreaterThanOrEqual(35);
    });

    it('does not retry a PermanentError and reports it once, with its code', async () => {
      const r = open();
      let runs = 0;
      r.register('bad-input', async () => {
        runs += 1;
        throw new PermanentError('corrupt_pdf', 'x.pdf: truncated');
      }, { retry: fast });
      const failures: JobFailure[] = [];
      r.onFailed((f) => void failures.push(f));
      await r.start();
      await r.enqueue('bad-input', { path: 'x.pdf' }, { jobId: 'doc-1' });
      await r.idle();
      expect(runs).toBe(1);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ queue: 'bad-input', jobId: 'doc-1', permanent: true, attempts: 1, data: { path: 'x.pdf' } });
      expect(failures[0]!.error).toBeInstanceOf(PermanentError);
      expect((failures[0]!.error as PermanentError).code).toBe('corrupt_pdf');
    });

    it('reports a job that always fails once, after its last attempt', async () => {
      const r = open();
      let runs = 0;
      r.register('poison', async () => {
        runs += 1;
        throw new Error(`boom ${runs}`);
      }, { retry: fast });
      const failures: JobFailure[] = [];
      r.onFailed(async (f) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        failures.push(f);
      });
      await r.start();
      await r.enqueue('poison', { n: 1 });
      await r.idle();
      expect(runs).toBe(3);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ queue: 'poison', permanent: false, attempts: 3 });
      expect(failures[0]!.error.message).toBe('boom 3');
    });

    it('runs a job submitted twice with the same id once', async () => {
      const r = open();
      const seen: string[] = [];
      // 'a' stays held (running) until 'd' has been submitted, whatever the machine's speed.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      r.register<{ v: string }>('dedupe', async (ctx) => {
        if (ctx.data.v === 'a') await held;
        seen.push(ctx.data.v);
      }, { retry: fast });
      await r.enqueue('dedupe', { v: 'a' }, { jobId: 'same' });
      await r.enqueue('dedupe', { v: 'b' }, { jobId: 'same' });
      await r.enqueue('dedupe', { v: 'c' }, { jobId: 'other' });
      await r.start();
      await r.enqueue('dedupe', { v: 'd' }, { jobId: 'same' });
      release();
      await r.idle();
      expect(seen.sort()).toEqual(['a', 'c']);
    });

    it('never runs more jobs of a queue at once than its concurrency', async () => {
      const r = open();
      let active = 0;
      let peak = 0;
      let done = 0;
      r.register('bounded', async () => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 20));
        active -= 1;
        done += 1;
      }, { concurrency: 3, retry: fast });
      await r.start();
      await Promise.all(Array.from({ length: 12 }, (_, i) => r.enqueue('bounded', { i })));
      await r.idle();
      expect(done).toBe(12);
      expect(peak).toBe(3);
    });

    it('counts waiting and active jobs in depth until they are done', async () => {
      const r = open();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      r.register('gated', async () => gate, { concurrency: 1 });
      await r.start();
      await Promise.all([r.enqueue('gated', { i: 1 }), r.enqueue('gated', { i: 2 })]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await r.depth(['gated'])).toBe(2);
      release();
      await r.idle();
      expect(await r.depth()).toBe(0);
    });

    it('close waits for an active job to finish', async () => {
      const r = open();
      let started = false;
      let finished = false;
      r.register('slow', async () => {
        started = true;
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
      });
      await r.start();
      await r.enqueue('slow', {});
      while (!started) await new Promise((resolve) => setTimeout(resolve, 10));
      await r.close();
      expect(finished).toBe(true);
    });

    it('hands handlers the job id, queue, data and an abort signal', async () => {
      const r = open();
      const contexts: unknown[] = [];
      r.register<{ x: number }>('ctx', async (ctx) => {
        contexts.push({ jobId: ctx.jobId, queue: ctx.queue, data: ctx.data, aborted: ctx.signal.aborted });
      });
      await r.start();
      await r.enqueue('ctx', { x: 7 }, { jobId: 'job-7' });
      await r.idle();
      expect(contexts).toEqual([{ jobId: 'job-7', queue: 'ctx', data: { x: 7 }, aborted: false }]);
    });
  });
}
