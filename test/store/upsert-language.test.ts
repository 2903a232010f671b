import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Extraction } from '../../src/extract/types.js';
import type { RawDocument } from '../../src/ingest/types.js';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { openDatabase, type DatabaseHandle } from '../../src/store/open-database.js';
import { createTempDatabase, postgresUrl, skipPostgresReason } from '../support/services.js';

function doc(text: string): RawDocument {
  const contentSha256 = createHash('sha256').update(text).digest('hex');
  return { sourceUri: `file:///inbox/${contentSha256.slice(0, 8)}.txt`, format: 'txt', contentSha256, byteLength: text.length, text };
}

function extraction(language: 'fr' | 'en', languageConfidence: number): Extraction {
  return { language, languageConfidence, entities: [], events: [], extractorVersion: 'test-1' };
}

describe.skipIf(!postgresUrl)(`language stored at ingest (skipped when ${skipPostgresReason})`, () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  let handle: DatabaseHandle;
  let store: KyselyStore;
  beforeAll(async () => {
    temp = await createTempDatabase(postgresUrl!);
    handle = await openDatabase(loadConfig({ DATABASE_URL: temp.url }));
    store = new KyselyStore(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await temp?.drop();
  });

  const row = async (id: string) => {
    const { rows } = await sql<{ language: string | null; conf: number | null; vector: string; status: string }>`
      select language, language_confidence as conf, search_vector::text as vector, status from documents where id = ${id}
    `.execute(handle.db);
    return rows[0]!;
  };

  it('keeps the ingest language when the extraction agrees and replaces it when it differs', async () => {
    const agreed = await store.upsertDocument(doc('The ministers signed agreements in Quebec.'), { language: { language: 'en', confidence: 0.9 } });
    expect(await row(agreed.id)).toMatchObject({ language: 'en', conf: 0.9, status: 'pending' });
    await store.saveExtraction(agreed.id, extraction('en', 0.8));
    expect(await row(agreed.id)).toMatchObject({ language: 'en', conf: 0.8, status: 'extracted' });
    // Stemmed as English from the insert on: "agreements" → "agreement".
    expect((await row(agreed.id)).vector).toContain("'agreement'");

    const changed = await store.upsertDocument(doc('The ministers signed agreements in Montreal.'), { language: { language: 'fr', confidence: 0.3 } });
    await store.saveExtraction(changed.id, extraction('en', 0.7));
    const after = await row(changed.id);
    expect(after).toMatchObject({ language: 'en', conf: 0.7, status: 'extracted' });
    expect(after.vector).toContain("'agreement'");

    const none = await store.upsertDocument(doc('Les ministres ont signé une entente à Lyon.'));
    expect(await row(none.id)).toMatchObject({ language: null, conf: null });
    await store.saveExtraction(none.id, extraction('fr', 0.95));
    expect(await row(none.id)).toMatchObject({ language: 'fr', conf: 0.95 });
  });
});
