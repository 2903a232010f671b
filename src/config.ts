import path from 'node:path';
import { ConfigError } from './errors.js';

/** Everything veille reads from the environment, read once, validated and frozen. */
export interface Config {
  /** node-postgres connection string; unset means PGlite in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Redis connection string; unset means stages run in-process. */
  readonly redisUrl: string | undefined;
  readonly dataDir: string;
  readonly inboxDir: string;
  readonly concurrency: number;
  readonly maxInputBytes: number;
  readonly parseTimeoutMs: number;
  readonly parseMemoryMb: number;
  readonly webHost: string;
  readonly webPort: number;
  readonly webToken: string | undefined;
  readonly userAgent: string;
  readonly allowPrivateNetworks: boolean;
  /** Prefix for BullMQ queue names, so several deployments (or test files) can share one Redis. */
  readonly queuePrefix: string;
  /** BullMQ job lock; a dead worker's job is taken over after about lock + stalled interval. */
  readonly jobLockMs: number;
  /** How often BullMQ workers look for stalled jobs. */
  readonly stalledIntervalMs: number;
  /** Test-only: the extract handler sleeps this long first, so a process test can kill a worker mid-job. */
  readonly testExtractDelayMs: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const dataDir = path.resolve(cwd, env.VEILLE_DATA_DIR ?? 'data');
  const contact = env.VEILLE_CONTACT_URL ?? 'https://example.org/veille';
  return Object.freeze({
    databaseUrl: nonEmpty(env.DATABASE_URL),
    redisUrl: nonEmpty(env.REDIS_URL),
    dataDir,
    inboxDir: path.resolve(cwd, env.VEILLE_INBOX ?? 'inbox'),
    concurrency: integer(env, 'VEILLE_CONCURRENCY', 4, 1),
    maxInputBytes: integer(env, 'VEILLE_MAX_INPUT_BYTES', 20 * 1024 * 1024, 1),
    parseTimeoutMs: integer(env, 'VEILLE_PARSE_TIMEOUT_MS', 15_000, 100),
    parseMemoryMb: integer(env, 'VEILLE_PARSE_MEMORY_MB', 256, 16),
    webHost: env.VEILLE_WEB_HOST ?? '127.0.0.1',
    webPort: integer(env, 'VEILLE_WEB_PORT', 8080, 0),
    webToken: nonEmpty(env.VEILLE_WEB_TOKEN),
    userAgent: `veille/0.1 (+${contact})`,
    allowPrivateNetworks: env.VEILLE_ALLOW_PRIVATE_NETWORKS === '1',
    queuePrefix: env.VEILLE_QUEUE_PREFIX ?? 'veille',
    jobLockMs: integer(env, 'VEILLE_JOB_LOCK_MS', 30_000, 500),
    stalledIntervalMs: integer(env, 'VEILLE_STALLED_INTERVAL_MS', 30_000, 500),
    testExtractDelayMs: integer(env, 'VEILLE_TEST_EXTRACT_DELAY_MS', 0, 0),
  });
}
