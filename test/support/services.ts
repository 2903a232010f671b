import pg from 'pg';
import { randomBytes } from 'node:crypto';

/*
 * Where the Postgres and Redis suites find their servers. Outside CI they run only when
 * DATABASE_URL / REDIS_URL are set; under CI=true a missing URL is an error, never a skip.
 */
const inCi = process.env.CI === 'true' || process.env.CI === '1';

function required(name: string): string | undefined {
  const value = process.env[name];
  if (value) return value;
  if (inCi) throw new Error(`${name} must be set when CI=true: the suites that need it may not skip`);
  return undefined;
}

export const postgresUrl = required('DATABASE_URL');
export const redisUrl = required('REDIS_URL');
export const skipPostgresReason = 'DATABASE_URL is not set (set it, or CI=true, to run the node-postgres suites)';
export const skipRedisReason = 'REDIS_URL is not set (set it, or CI=true, to run the BullMQ suites)';

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** A fresh database on the DATABASE_URL server, so test files never see each other's rows. */
export async function createTempDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = uniqueName('veille_test');
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
