import { Redis } from 'ioredis';
import { ConfigError, errorMessage } from '../../errors.js';

/** A connection BullMQ accepts for workers: commands wait for a reconnect instead of failing. */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/**
 * BullMQ is only correct when Redis never evicts keys (docs.bullmq.io, going to production).
 * Throws ConfigError for any other policy; a server that forbids CONFIG only gets a warning.
 */
export async function checkEvictionPolicy(redis: Redis, warn: (line: string) => void): Promise<void> {
  let reply: unknown;
  try {
    reply = await redis.call('CONFIG', 'GET', 'maxmemory-policy');
  } catch (error) {
    warn(`[workers:redis] cannot read maxmemory-policy (${errorMessage(error)}); make sure it is noeviction`);
    return;
  }
  const policy = Array.isArray(reply) ? String(reply[1] ?? '') : '';
  if (policy !== 'noeviction') {
    throw new ConfigError(
      `[workers:redis] maxmemory-policy is "${policy}"; BullMQ needs "noeviction" (redis-cli CONFIG SET maxmemory-policy noeviction)`,
    );
  }
}
