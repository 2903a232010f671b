import { Command } from 'commander';
import { openDatabase } from '../../store/open-database.js';
import type { CliContext } from '../context.js';

/** `veille migrate`: applies pending migrations to the configured database. */
export function migrateCommand(ctx: CliContext): Command {
  return new Command('migrate')
    .description('apply pending database migrations (PGlite in VEILLE_DATA_DIR, or DATABASE_URL)')
    .action(async () => {
      const handle = await openDatabase(ctx.config);
      try {
        const names = handle.migrated;
        ctx.io.out(names.length === 0 ? `${handle.engine}: up to date` : `${handle.engine}: applied ${names.join(', ')}`);
      } finally {
        await handle.close();
      }
    });
}
