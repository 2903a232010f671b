import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config.js';
import type { EntityType, ExtractedEntity, ExtractedEvent, Extraction, Language } from '../../../src/extract/types.js';
import { KyselyStore } from '../../../src/store/kysely-store.js';
import { openDatabase, type DatabaseHandle } from '../../../src/store/open-database.js';
import { KyselyReviewStore } from '../../../src/store/review-kysely-store.js';

/*
 * A throwaway PGlite database (or a throwaway Postgres database when a URL is given) with the
 * three fixtures/web articles stored and extracted by hand-written Extraction records, so the
 * web tests know exactly which entities and events exist.
 */

export interface WebFixture {
  readonly handle: DatabaseHandle;
  readonly store: KyselyStore;
  readonly review: KyselyReviewStore;
  readonly docs: { readonly lyon: string; readonly halifax: string; readonly hostile: string };
  close(): Promise<void>;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/web');

export async function readFixture(name: string): Promise<string> {
  return readFile(path.join(FIXTURES, name), 'utf8');
}

/** Every occurrence of each form, in text order. */
export function entity(text: string, type: EntityType, name: string, forms: readonly string[] = [name], extra: Partial<ExtractedEntity> = {}): ExtractedEntity {
  const mentions = forms.flatMap((form) => {
    const spans: { start: number; end: number }[] = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) spans.push({ start: at, end: at + form.length });
    if (spans.length === 0) throw new Error(`fixture: "${form}" not in text`);
    return spans;
  }).sort((a, b) => a.start - b.start);
  return { type, name, confidence: 0.9, mentions, ...extra };
}

export function sentenceSpan(text: string, fragment: string): { start: number; end: number } {
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`fixture: "${fragment}" not in text`);
  return { start: at, end: at + fragment.length };
}

function extraction(language: Language, entities: ExtractedEntity[], events: ExtractedEvent[]): Extraction {
  return { language, languageConfidence: 0.99, entities, events, extractorVersion: 'test-by-hand' };
}

export function lyonExtraction(text: string): Extraction {
  return extraction('fr', [
    entity(text, 'ORG', "Centre d'innovation régional"),
    entity(text, 'ORG', 'CIR'),
    entity(text, 'PLACE', 'Ville de Lyon', ['Ville de Lyon'], { geo: { lat: 45.76, lon: 4.84, country: 'FR' } }),
    entity(text, 'PLACE', 'Montréal', ['Montréal'], { geo: { lat: 45.5, lon: -73.57, country: 'CA' } }),
    entity(text, 'PERSON', 'Claire Dubé'),
    entity(text, 'PERSON', 'Paul Martin'),
  ], [{
    type: 'agreement', status: 'signed', kind: 'entente de coopération économique',
    parties: ["Centre d'innovation régional", 'Ville de Lyon'], signatories: ['Claire Dubé', 'Paul Martin'],
    date: '2019-03-12', dateText: '12 mars 2019', place: 'Montréal', occasion: 'Forum des villes', confidence: 0.8,
    evidence: [sentenceSpan(text, "Le Centre d'innovation régional et la Ville de Lyon ont signé une entente de coopération économique.")],
  }]);
}

export function halifaxExtraction(text: string): Extraction {
  return extraction('en', [
    entity(text, 'ORG', 'Northern Ports Authority'),
    entity(text, 'ORG', 'Port of Rotterdam'),
    entity(text, 'PERSON', 'Dana Cole'),
    entity(text, 'PLACE', 'Halifax'),
  ], [{
    type: 'agreement', status: 'planned', kind: 'memorandum of understanding',
    parties: ['Northern Ports Authority', 'Port of Rotterdam'], signatories: [], date: '2021', confidence: 0.6,
    evidence: [sentenceSpan(text, 'The Northern Ports Authority and the Port of Rotterdam will sign a memorandum of understanding')],
  }]);
}

export function hostileExtraction(text: string): Extraction {
  return extraction('fr', [entity(text, 'PLACE', 'Bordeaux'), entity(text, 'ORG', '<script>', ['<script>'])], [{
    type: 'mission', kind: 'mission économique', parties: ['<script>'], signatories: [], place: 'Bordeaux', date: '2019-05', confidence: 0.5,
    evidence: [sentenceSpan(text, 'se rendra à Bordeaux en mai pour une mission économique.')],
  }]);
}

export async function storeDocument(store: KyselyStore, name: string, text: string, publishedAt?: string): Promise<string> {
  const sha = createHash('sha256').update(text).digest('hex');
  const result = await store.upsertDocument({
    sourceUri: `file:///inbox/${name}`, format: 'txt', contentSha256: sha, byteLength: Buffer.byteLength(text), text,
    title: name.replace(/\.txt$/, ''), ...(publishedAt ? { publishedAt } : {}),
  });
  return result.id;
}

export async function createWebFixture(databaseUrl?: string): Promise<WebFixture> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veille-web-'));
  const config = loadConfig({ VEILLE_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const handle = await openDatabase(config);
  const store = new KyselyStore(handle.db);
  const review = new KyselyReviewStore(handle.db);
  const seeds = [
    ['entente-lyon.txt', lyonExtraction, '2019-03-12'],
    ['halifax-memorandum.txt', halifaxExtraction, '2021-06-03'],
    ['hostile-article.txt', hostileExtraction, undefined],
  ] as const;
  const ids: string[] = [];
  for (const [name, make, publishedAt] of seeds) {
    const text = await readFixture(name);
    const id = await storeDocument(store, name, text, publishedAt);
    await store.saveExtraction(id, make(text));
    ids.push(id);
  }
  return {
    handle, store, review,
    docs: { lyon: ids[0] ?? '', halifax: ids[1] ?? '', hostile: ids[2] ?? '' },
    async close() {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
