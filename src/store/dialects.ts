import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect, PostgresDialect, type Dialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { ConfigError, errorMessage } from '../errors.js';
import { acquirePgliteOwnerLock } from './pglite-owner-lock.js';

/*
 * The one place that chooses the engine: node-postgres when DATABASE_URL is set, else
 * PGlite (embedded Postgres) in <dataDir>/pglite, owned by one process at a time.
 * Both read int8 (bigint ids, counts) as decimal strings, so ids look the same on both.
 */

export interface DialectHandle {
  readonly dialect: Dialect;
  /** `postgres` or `pglite`, for logs. */
  readonly engine: 'postgres' | 'pglite';
  /** Releases what kysely's destroy() does not (the PGlite owner lock). */
  release(): Promise<void>;
}

const INT8_OID = 20;
const keepAsString = (value: string): string => value;

export function pgliteFolder(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'pglite');
}

export async function createDialect(config: Config): Promise<DialectHandle> {
  return config.databaseUrl === undefined ? createPgliteDialect(config) : createPostgresDialect(config.databaseUrl);
}

function createPostgresDialect(connectionString: string): DialectHandle {
  const pool = new pg.Pool({
    connectionString,
    types: { getTypeParser: (oid, format) => (oid === INT8_OID ? keepAsString : pg.types.getTypeParser(oid, format)) },
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return { dialect: new PostgresDialect({ pool }), engine: 'postgres', release: async () => undefined };
}

async function createPgliteDialect(config: Config): Promise<DialectHandle> {
  const folder = pgliteFolder(config);
  const lock = acquirePgliteOwnerLock(folder);
  try {
    fs.mkdirSync(folder, { recursive: true });
    const pglite = await PGlite.create(folder, { parsers: { [INT8_OID]: keepAsString } });
    const release = async (): Promise<void> => {
      // kysely closes PGlite only if a query ever ran; close it here in any case.
      if (!pglite.closed) await pglite.close();
      lock.release();
    };
    return { dialect: new PGliteDialect({ pglite }), engine: 'pglite', release };
  } catch (error) {
    lock.release();
    throw new ConfigError(`[store:pglite] cannot open ${folder}: ${errorMessage(error)}`, { cause: error });
  }
}
