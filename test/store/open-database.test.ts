import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { VeilleError } from '../../src/errors.js';
import { openDatabase } from '../../src/store/open-database.js';

describe('openDatabase', () => {
  it('reports an unreachable Postgres server as db_unavailable, without the password', async () => {
    // Port 9 (discard) has no Postgres behind it on any machine we run on.
    const config = loadConfig({ DATABASE_URL: 'postgres://veille:s3cret@127.0.0.1:9/none' });
    const error = await openDatabase(config).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VeilleError);
    expect((error as VeilleError).code).toBe('db_unavailable');
    expect((error as VeilleError).message).toContain('127.0.0.1:9');
    expect((error as VeilleError).message).not.toContain('s3cret');
  });
});
