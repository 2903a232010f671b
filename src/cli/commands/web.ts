import { once } from 'node:events';
import { Command } from 'commander';
import { openDatabase } from '../../store/open-database.js';
import { assertSafeBind, startWebServer } from '../../web/server.js';
import type { CliContext } from '../context.js';

/** `veille web`: the review app alone, until SIGINT/SIGTERM. */
export function webCommand(ctx: CliContext): Command {
  return new Command('web')
    .description('serve the review app on VEILLE_WEB_HOST:VEILLE_WEB_PORT (127.0.0.1:8080) until SIGINT/SIGTERM')
    .action(async () => {
      assertSafeBind(ctx.config);
      const handle = await openDatabase(ctx.config);
      try {
        const server = await startWebServer({ config: ctx.config, db: handle.db });
        ctx.io.out(`review app on ${server.url}`);
        await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
        await server.close();
      } finally {
        await handle.close();
      }
    });
}
