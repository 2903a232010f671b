import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { describeStoreContract } from '../contracts/store-contract.js';

describeStoreContract('PGlite', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'veille-pglite-store-'));
  const handle = await openDatabase(loadConfig({ VEILLE_DATA_DIR: dataDir }));
  return {
    store: new KyselyStore(handle.db, { close: handle.close }),
    db: handle.db,
    async close() {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
