import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { FileMigrationProvider, Migrator } from 'kysely/migration';
import { errorMessage, VeilleError } from '../errors.js';

/** Every .ts/.js file in src/store/migrations/, in name (ISO date) order. */
export const MIGRATION_FOLDER = fileURLToPath(new URL('./migrations/', import.meta.url));

export function createMigrator(db: Kysely<any>): Migrator {
  const provider = new FileMigrationProvider({
    fs,
    path,
    migrationFolder: MIGRATION_FOLDER,
    // A file URL, so the import works the same under tsx, vitest and plain node.
    import: (file) => import(pathToFileURL(file).href),
  });
  // Engineers add migrations in parallel: one dated earlier than a migration a database
  // has already applied must still run, not block start-up.
  return new Migrator({ db, provider, allowUnorderedMigrations: true });
}

/** Applies pending migrations; returns the names applied now. Throws when one fails (nothing after it runs). */
export async function migrateDatabase(db: Kysely<any>): Promise<readonly string[]> {
  const { error, results = [] } = await createMigrator(db).migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (error !== undefined) {
    const where = failed ? ` in ${failed.migrationName}` : '';
    throw new VeilleError('migration_failed', `[store:migrate] migration failed${where}: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
