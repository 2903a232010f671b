import { Kysely, sql } from 'kysely';
import type { Config } from '../config.js';
import { VeilleError, errorMessage } from '../errors.js';
import type { Database } from './database.js';
import { createDialect } from './dialects.js';
import { migrateDatabase } from './migrate-database.js';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  /** `postgres` or `pglite`. */
  readonly engine: 'postgres' | 'pglite';
  /** Migrations applied while opening. */
  readonly migrated: readonly string[];
  /** Closes the pool or PGlite and releases the owner lock; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens the database `config` names (PGlite in config.dataDir without DATABASE_URL) and
 * applies pending migrations. A process opens it once and hands `db` to every store module.
 */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  const { dialect, engine, release } = await createDialect(config);
  const db = new Kysely<Database>({ dialect });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => (closing ??= db.destroy().finally(release));
  try {
    await checkConnection(db, engine, config);
    const migrated = await migrateDatabase(db);
    return { db, engine, migrated, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A clear, retryable error when the server is down or the URL is wrong, before migrations run. */
async function checkConnection(db: Kysely<Database>, engine: string, config: Config): Promise<void> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    const where = engine === 'postgres' ? redactedUrl(config.databaseUrl ?? '') : config.dataDir;
    throw new VeilleError('db_unavailable', `[store:${engine}] cannot reach ${where}: ${errorMessage(error)}`, { cause: error });
  }
}

function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}
