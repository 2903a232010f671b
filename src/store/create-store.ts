import type { Config } from '../config.js';
import { KyselyStore } from './kysely-store.js';
import { openDatabase } from './open-database.js';
import type { Store } from './store.js';

/** Opens (and migrates) the database `config` names and returns a Store whose close() closes it. */
export async function createStore(config: Config): Promise<Store> {
  const handle = await openDatabase(config);
  return new KyselyStore(handle.db, { close: handle.close });
}
