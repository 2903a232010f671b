import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { openDatabase, type DatabaseHandle } from '../../src/store/open-database.js';
import { describeStoreContract } from '../contracts/store-contract.js';
import { createTempDatabase, postgresUrl, skipPostgresReason } from '../support/services.js';

describe.skipIf(!postgresUrl)(`node-postgres (skipped when ${skipPostgresReason})`, () => {
  describeStoreContract('node-postgres', async () => {
    const temp = await createTempDatabase(postgresUrl!);
    const handle = await openDatabase(loadConfig({ DATABASE_URL: temp.url }));
    return {
      store: new KyselyStore(handle.db),
      db: handle.db,
      async close() {
        await handle.close();
        await temp.drop();
      },
    };
  });

  describe('two processes sharing one server', () => {
    let temp: Awaited<ReturnType<typeof createTempDatabase>>;
    let handles: DatabaseHandle[];
    beforeAll(async () => {
      temp = await createTempDatabase(postgresUrl!);
      const config = loadConfig({ DATABASE_URL: temp.url });
      // Both open (and migrate) at once, as two workers starting together do.
      handles = await Promise.all([openDatabase(config), openDatabase(config)]);
    });
    afterAll(async () => {
      await Promise.all(handles.map((handle) => handle.close()));
      await temp.drop();
    });

    it('stores one row when both upsert the same content at once', async () => {
      const [a, b] = handles.map((handle) => new KyselyStore(handle.db));
      const text = 'Deux travailleurs reçoivent le même communiqué.';
      const doc = { sourceUri: 'file:///inbox/same.txt', format: 'txt' as const, text, byteLength: text.length };
      const docs = Array.from({ length: 10 }, (_, i) => ({ ...doc, contentSha256: sha(`${text}${i}`) }));
      const results = await Promise.all(docs.flatMap((d) => [a!.upsertDocument(d), b!.upsertDocument(d)]));
      for (let i = 0; i < docs.length; i += 1) {
        const pair = results.slice(2 * i, 2 * i + 2);
        expect(pair[0]!.id).toBe(pair[1]!.id);
        expect(pair.filter((result) => result.created)).toHaveLength(1);
      }
      expect((await a!.stats()).documents).toBe(10);
    });

    it('resolves entities to one row when both save extractions naming them at once', async () => {
      const [a, b] = handles.map((handle) => new KyselyStore(handle.db));
      const ids = await Promise.all(
        ['un', 'deux', 'trois', 'quatre'].map(async (word) => {
          const text = `Texte ${word}`;
          const result = await a!.upsertDocument({ sourceUri: `file:///${word}`, format: 'txt', text, byteLength: 9, contentSha256: sha(text) });
          return result.id;
        }),
      );
      const entities = ['Agence Omega', 'Ville de Rimouski', 'Fonds Sigma'].map((name, i) => ({
        type: 'ORG' as const,
        name,
        aliases: [`AO${i}`],
        confidence: 1,
        mentions: [{ start: 0, end: 5 }],
      }));
      const extraction = { language: 'fr' as const, languageConfidence: 1, entities, events: [], extractorVersion: 't' };
      await Promise.all(ids.map((id, i) => (i % 2 === 0 ? a! : b!).saveExtraction(id, extraction)));
      expect((await a!.stats()).entities).toBe(3);
    });
  });
});

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
