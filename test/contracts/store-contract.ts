import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.js';
import type { ExtractedEntity, ExtractedEvent, Extraction } from '../../src/extract/types.js';
import type { RawDocument } from '../../src/ingest/types.js';
import type { Database } from '../../src/store/database.js';
import type { ExportedEvent, ExportFilter, Store } from '../../src/store/store.js';

/*
 * The Store contract, run on every backend (PGlite, node-postgres). One store per suite;
 * each test writes its own documents (unique content) and asserts on those or on deltas.
 * `db`, when given, lets a test look at rows the Store does not expose (mentions) and
 * play the reviewer (the review app writes review_status through its own module).
 */

export interface OpenedStore {
  readonly store: Store;
  readonly db?: Kysely<Database>;
  close(): Promise<void>;
}

export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Store;
    beforeAll(async () => {
      opened = await open();
      store = opened.store;
    });
    afterAll(async () => {
      await opened?.close();
    });
    const db = (): Kysely<Database> => {
      if (!opened.db) throw new Error(`${name}: this test needs the backend's Kysely handle`);
      return opened.db;
    };

    it('has nothing left to migrate once opened', async () => {
      expect(await store.migrate()).toEqual([]);
    });

    it('stores the same content twice as one document', async () => {
      const doc = rawDocument('Québec et Lyon signent une entente.');
      const first = await store.upsertDocument(doc);
      const second = await store.upsertDocument({ ...doc, sourceUri: 'https://example.org/other-url' });
      expect(first).toEqual({ id: first.id, created: true, status: 'pending' });
      expect(second).toEqual({ id: first.id, created: false, status: 'pending' });
      const stored = await store.getDocument(first.id);
      expect(stored).toMatchObject({ sourceUri: doc.sourceUri, contentSha256: doc.contentSha256, text: doc.text });
      expect((await store.findDocumentBySha(doc.contentSha256))?.id).toBe(first.id);
    });

    it('gives one row to concurrent upserts of one content', async () => {
      const doc = rawDocument('Une mission économique partira en mai.');
      const before = (await store.stats()).documents;
      const results = await Promise.all(Array.from({ length: 8 }, () => store.upsertDocument(doc)));
      expect(new Set(results.map((result) => result.id)).size).toBe(1);
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect((await store.stats()).documents).toBe(before + 1);
    });

    it('throws NotFoundError for an unknown or malformed id', async () => {
      for (const id of ['987654321', 'abc', '-1', '']) {
        await expect(store.getDocument(id)).rejects.toBeInstanceOf(NotFoundError);
      }
      await expect(store.markDocumentFailed('987654321')).rejects.toBeInstanceOf(NotFoundError);
      await expect(store.saveExtraction('987654321', extraction([], []))).rejects.toBeInstanceOf(NotFoundError);
      expect(await store.findDocumentBySha('0'.repeat(64))).toBeUndefined();
    });

    it('lists unfinished documents oldest first, until extracted or failed', async () => {
      const ids: string[] = [];
      for (const text of ['Premier texte en attente.', 'Deuxième texte en attente.', 'Troisième texte.']) {
        ids.push((await store.upsertDocument(rawDocument(text))).id);
      }
      const listed = await store.listUnfinishedDocumentIds();
      expect(listed.filter((id) => ids.includes(id))).toEqual(ids);
      await store.saveExtraction(ids[0]!, extraction([], []));
      await store.markDocumentFailed(ids[1]!);
      const after = await store.listUnfinishedDocumentIds();
      expect(after).toContain(ids[2]);
      expect(after).not.toContain(ids[0]);
      expect(after).not.toContain(ids[1]);
      expect((await store.getDocument(ids[1]!)).status).toBe('failed');
      expect((await store.getDocument(ids[1]!)).text).toContain('Deuxième texte en attente.');
      expect(await store.listUnfinishedDocumentIds(1)).toHaveLength(1);
    });

    it('marks a document extracted with its language and extractor version', async () => {
      const { id } = await store.upsertDocument(rawDocument('The mayor met a delegation.'));
      await store.saveExtraction(id, { ...extraction([], []), language: 'en', languageConfidence: 0.75, extractorVersion: 'v-test-2' });
      expect(await store.getDocument(id)).toMatchObject({
        status: 'extracted',
        language: 'en',
        languageConfidence: 0.75,
        extractorVersion: 'v-test-2',
      });
    });

    it('exports events with their parties and signatories; an unknown party becomes an ORG', async () => {
      const tag = uniqueTag();
      const doc = rawDocument(`Accord ${tag}`);
      const { id } = await store.upsertDocument(doc);
      const org = entity('ORG', `Agence Nord ${tag}`, [3, 10], [`ANO${tag}`]);
      const person = entity('PERSON', `Claire Fontaine ${tag}`, [12, 20]);
      const event = agreement([`ANO${tag}`, `Conseil Sud ${tag}`], [`claire  FONTAINE ${tag}`]);
      await store.saveExtraction(id, extraction([org, person], [event]));
      const [exported] = await eventsOf(store, id);
      expect(exported).toMatchObject({ documentId: id, type: 'agreement', status: 'signed', kind: 'entente', date: '2024-05-02' });
      expect(exported!.source).toBe(doc.sourceUri);
      expect(exported!.parties.map((p) => [p.type, p.name])).toEqual([
        ['ORG', `Agence Nord ${tag}`],
        ['ORG', `Conseil Sud ${tag}`],
      ]);
      expect(exported!.parties[0]!.aliases).toEqual([`ANO${tag}`]);
      expect(exported!.signatories.map((p) => [p.type, p.name])).toEqual([['PERSON', `Claire Fontaine ${tag}`]]);
      const names = await entityNames(store);
      expect(names).toContain(`Conseil Sud ${tag}`);
    });

    it('replaces machine output on re-extraction', async () => {
      const tag = uniqueTag();
      const { id } = await store.upsertDocument(rawDocument(`Texte ${tag}`));
      await store.saveExtraction(id, extraction([entity('ORG', `Alpha ${tag}`, [0, 5])], [agreement([`Alpha ${tag}`], [])]));
      const first = await eventsOf(store, id);
      await store.saveExtraction(id, extraction([entity('ORG', `Beta ${tag}`, [6, 10])], [mission([`Beta ${tag}`])]));
      const second = await eventsOf(store, id);
      expect(first).toHaveLength(1);
      expect(second).toHaveLength(1);
      expect(second[0]!.type).toBe('mission');
      expect(second[0]!.id).not.toBe(first[0]!.id);
      expect(second[0]!.parties.map((p) => p.name)).toEqual([`Beta ${tag}`]);
      if (opened.db) expect(await mentionNames(db(), id)).toEqual([`Beta ${tag}`]);
    });

    it('keeps events a reviewer accepted, edited or rejected through re-extraction', async () => {
      const tag = uniqueTag();
      const { id } = await store.upsertDocument(rawDocument(`Revue ${tag}`));
      const entities = [entity('ORG', `Gamma ${tag}`, [0, 5]), entity('ORG', `Delta ${tag}`, [6, 11])];
      const events = [agreement([`Gamma ${tag}`], []), mission([`Delta ${tag}`]), agreement([`Delta ${tag}`], []), mission([`Gamma ${tag}`])];
      await store.saveExtraction(id, extraction(entities, events));
      const [accepted, edited, rejected, pending] = await eventsOf(store, id);
      await review(db(), accepted!.id, { review_status: 'accepted' });
      await review(db(), edited!.id, { review_status: 'edited', kind: 'mission commerciale', place: 'Lyon' });
      await review(db(), rejected!.id, { review_status: 'rejected' });

      const elsewhere = { ...mission([`Epsilon ${tag}`]), evidence: [{ start: 30, end: 40 }] };
      await store.saveExtraction(id, extraction([entity('ORG', `Epsilon ${tag}`, [0, 5])], [elsewhere]));
      const after = await eventsOf(store, id);
      const byId = new Map(after.map((event) => [event.id, event]));
      expect(byId.get(accepted!.id)).toEqual({ ...accepted, reviewStatus: 'accepted' });
      expect(byId.get(edited!.id)).toEqual({ ...edited, reviewStatus: 'edited', kind: 'mission commerciale', place: 'Lyon' });
      expect(byId.get(rejected!.id)).toEqual({ ...rejected, reviewStatus: 'rejected' });
      expect(byId.has(pending!.id)).toBe(false);
      expect(after.filter((event) => event.reviewStatus === 'pending').map((e) => e.parties[0]!.name)).toEqual([`Epsilon ${tag}`]);
    });

    it('does not bring back an event a reviewer already judged when the same output is saved again', async () => {
      const tag = uniqueTag();
      const { id } = await store.upsertDocument(rawDocument(`Rejet ${tag}`));
      const judged = { ...agreement([`Iota ${tag}`], []), evidence: [{ start: 2, end: 9 }] };
      const other = { ...mission([`Iota ${tag}`]), evidence: [{ start: 10, end: 20 }] };
      await store.saveExtraction(id, extraction([], [judged, other]));
      const [rejected, pending] = await eventsOf(store, id);
      await review(db(), rejected!.id, { review_status: 'rejected' });
      await store.saveExtraction(id, extraction([], [judged, other]));
      const after = await eventsOf(store, id);
      expect(after.map((event) => [event.type, event.reviewStatus])).toEqual([
        ['agreement', 'rejected'],
        ['mission', 'pending'],
      ]);
      expect(after[1]!.id).not.toBe(pending!.id);
      expect(after[1]!.parties.map((party) => party.name)).toEqual([`Iota ${tag}`]);
    });

    it('does not add a pending twin of an edited event when re-extraction reads the same evidence differently', async () => {
      const tag = uniqueTag();
      const { id } = await store.upsertDocument(rawDocument(`Jumeau ${tag}`));
      const first = { ...agreement([`Kappa ${tag}`], []), evidence: [{ start: 3, end: 12 }] };
      await store.saveExtraction(id, extraction([], [first]));
      const [edited] = await eventsOf(store, id);
      await review(db(), edited!.id, { review_status: 'edited', kind: 'convention' });
      const reread = { ...first, kind: 'protocole', date: '2024-06-01' };
      const unrelated = { ...first, evidence: [{ start: 14, end: 20 }] };
      await store.saveExtraction(id, extraction([], [reread, unrelated]));
      const after = await eventsOf(store, id);
      expect(after.map((event) => [event.kind, event.reviewStatus])).toEqual([
        ['convention', 'edited'],
        ['entente', 'pending'],
      ]);
    });

    it('filters exported events by review status', async () => {
      const tag = uniqueTag();
      const { id } = await store.upsertDocument(rawDocument(`Filtre ${tag}`));
      await store.saveExtraction(id, extraction([], [agreement([`Zeta ${tag}`], []), mission([`Eta ${tag}`])]));
      const [first] = await eventsOf(store, id);
      await review(db(), first!.id, { review_status: 'accepted' });
      const accepted = await eventsOf(store, id, { reviewStatuses: ['accepted'] });
      const pending = await eventsOf(store, id, { reviewStatuses: ['pending'] });
      expect(accepted.map((event) => event.id)).toEqual([first!.id]);
      expect(pending).toHaveLength(1);
      expect(await eventsOf(store, id, { reviewStatuses: [] })).toEqual([]);
    });

    it('resolves an acronym in one document and its long form with the acronym in another to one entity', async () => {
      const tag = uniqueTag().toUpperCase();
      const acronym = `MRI${tag}`;
      const longForm = `Ministère des Relations ${tag}`;
      const first = await store.upsertDocument(rawDocument(`Le ${acronym} annonce.`));
      const second = await store.upsertDocument(rawDocument(`Le ${longForm} (${acronym}) annonce.`));
      await store.saveExtraction(first.id, extraction([entity('ORG', acronym, [3, 10])], [agreement([acronym], [])]));
      await store.saveExtraction(second.id, extraction([entity('ORG', longForm, [3, 30], [acronym])], [agreement([longForm], [])]));
      const [one] = await eventsOf(store, first.id);
      const [two] = await eventsOf(store, second.id);
      expect(two!.parties[0]!.id).toBe(one!.parties[0]!.id);
      const merged = (await entitiesWith(store, tag))[0];
      expect(await entitiesWith(store, tag)).toHaveLength(1);
      expect(merged).toMatchObject({ type: 'ORG', name: longForm, aliases: [acronym] });
    });

    it('resolves a long form first, then the acronym alone, and spelling variants, to one entity', async () => {
      const tag = uniqueTag();
      const longForm = `Société de développement économique ${tag}`;
      const acronym = `SDE${tag}`.toUpperCase();
      const a = await store.upsertDocument(rawDocument(`${longForm} (${acronym})`));
      const b = await store.upsertDocument(rawDocument(`La ${acronym} et la societe de developpement-economique ${tag}.`));
      await store.saveExtraction(a.id, extraction([entity('ORG', longForm, [0, 10], [acronym])], []));
      await store.saveExtraction(
        b.id,
        extraction([entity('ORG', acronym, [3, 8]), entity('ORG', `societe de developpement-economique ${tag}`, [15, 30])], []),
      );
      const found = await entitiesWith(store, tag);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ name: longForm, aliases: [acronym] });
      if (opened.db) {
        expect(await mentionNames(db(), b.id)).toEqual([longForm, longForm]);
      }
    });

    it('does not link two people through a shared one-word alias', async () => {
      const tag = uniqueTag();
      const a = await store.upsertDocument(rawDocument(`Jean ${tag}`));
      const b = await store.upsertDocument(rawDocument(`Paul ${tag}`));
      await store.saveExtraction(a.id, extraction([entity('PERSON', `Jean Martin${tag}`, [0, 4], [`Martin${tag}`])], []));
      await store.saveExtraction(b.id, extraction([entity('PERSON', `Paul Martin${tag}`, [0, 4], [`Martin${tag}`])], []));
      expect((await entitiesWith(store, tag)).map((e) => e.name).sort()).toEqual([`Jean Martin${tag}`, `Paul Martin${tag}`]);
    });

    it('keeps one consistent output under concurrent saves of shared entities and of one document', async () => {
      const tag = uniqueTag();
      const docs = await Promise.all([1, 2, 3].map((n) => store.upsertDocument(rawDocument(`Concurrence ${n} ${tag}`))));
      const shared = [entity('ORG', `Office Mu ${tag}`, [0, 6], [`OM${tag}`]), entity('PLACE', `Nu ${tag}`, [7, 9])];
      const saves = docs.flatMap(({ id }) => [
        store.saveExtraction(id, extraction(shared, [agreement([`OM${tag}`], [])])),
        store.saveExtraction(id, extraction(shared, [agreement([`Office Mu ${tag}`], [])])),
      ]);
      await Promise.all(saves);
      expect((await entitiesWith(store, tag)).map((e) => e.name).sort()).toEqual([`Nu ${tag}`, `Office Mu ${tag}`]);
      for (const { id } of docs) {
        expect(await eventsOf(store, id)).toHaveLength(1);
        if (opened.db) expect(await mentionNames(db(), id)).toEqual([`Office Mu ${tag}`, `Nu ${tag}`]);
      }
    });

    it('leaves the previous output intact when a saveExtraction fails midway', async () => {
      const tag = uniqueTag();
      const { id } = await store.upsertDocument(rawDocument(`Atomique ${tag}`));
      await store.saveExtraction(id, { ...extraction([entity('ORG', `Kappa ${tag}`, [0, 5])], [agreement([`Kappa ${tag}`], [])]), extractorVersion: 'v1' });
      const before = await eventsOf(store, id);
      const statsBefore = await store.stats();
      // The events table's check constraint refuses the type after mentions and entities were written.
      const bad = { ...mission([`Lambda ${tag}`]), type: 'excursion' } as unknown as ExtractedEvent;
      const failing = { ...extraction([entity('ORG', `Lambda ${tag}`, [6, 11])], [mission([`Lambda ${tag}`]), bad]), extractorVersion: 'v2' };
      await expect(store.saveExtraction(id, failing)).rejects.toThrow(/store:save/);
      expect(await eventsOf(store, id)).toEqual(before);
      expect((await store.getDocument(id)).extractorVersion).toBe('v1');
      expect(await store.stats()).toEqual(statsBefore);
      expect(await entitiesWith(store, `Lambda ${tag}`)).toEqual([]);
      if (opened.db) expect(await mentionNames(db(), id)).toEqual([`Kappa ${tag}`]);
    });

    it('records failures and lists them newest first', async () => {
      const tag = uniqueTag();
      const before = (await store.stats()).failures;
      await store.recordFailure({ source: `/inbox/${tag}-a.pdf`, stage: 'ingest', code: 'needs_ocr', reason: 'no text layer', attempts: 1 });
      await store.recordFailure({ source: `/inbox/${tag}-b.txt`, stage: 'extract', code: 'timeout', reason: 'took too long', attempts: 3 });
      const listed = await store.listFailures(2);
      expect(listed.map((f) => [f.source, f.stage, f.code, f.reason, f.attempts])).toEqual([
        [`/inbox/${tag}-b.txt`, 'extract', 'timeout', 'took too long', 3],
        [`/inbox/${tag}-a.pdf`, 'ingest', 'needs_ocr', 'no text layer', 1],
      ]);
      expect(listed[0]!.createdAt).toBeInstanceOf(Date);
      expect(typeof listed[0]!.id).toBe('string');
      expect((await store.stats()).failures).toBe(before + 2);
    });

    it('exports every event across pages, each once', async () => {
      const tag = uniqueTag();
      const { id } = await store.upsertDocument(rawDocument(`Pages ${tag}`));
      const events = Array.from({ length: 1203 }, (_, i) => agreement([`Partie ${i % 7} ${tag}`], []));
      await store.saveExtraction(id, extraction([], events));
      const exported = await eventsOf(store, id);
      expect(exported).toHaveLength(1203);
      expect(new Set(exported.map((event) => event.id)).size).toBe(1203);
      expect(exported.every((event) => event.parties.length === 1)).toBe(true);
      expect((await entitiesWith(store, tag)).length).toBe(7);
    });
  });
}

let counter = 0;

function uniqueTag(): string {
  counter += 1;
  return `t${counter}${randomBytes(3).toString('hex')}`;
}

function rawDocument(text: string): RawDocument {
  const tag = uniqueTag();
  const body = `${text} [${tag}]`;
  return {
    sourceUri: `file:///inbox/${tag}.txt`,
    format: 'txt',
    contentSha256: createHash('sha256').update(body).digest('hex'),
    byteLength: Buffer.byteLength(body),
    text: body,
    title: text.slice(0, 20),
    publishedAt: '2024-05-02',
  };
}

function entity(type: ExtractedEntity['type'], name: string, span: [number, number], aliases: string[] = []): ExtractedEntity {
  return { type, name, aliases, confidence: 0.9, mentions: [{ start: span[0], end: span[1] }] };
}

function agreement(parties: string[], signatories: string[]): ExtractedEvent {
  return {
    type: 'agreement',
    status: 'signed',
    kind: 'entente',
    parties,
    signatories,
    date: '2024-05-02',
    dateText: '2 mai 2024',
    confidence: 0.8,
    evidence: [{ start: 0, end: 8 }],
  };
}

function mission(parties: string[]): ExtractedEvent {
  return { type: 'mission', kind: 'mission économique', parties, signatories: [], confidence: 0.6, evidence: [{ start: 0, end: 4 }] };
}

function extraction(entities: ExtractedEntity[], events: ExtractedEvent[]): Extraction {
  return { language: 'fr', languageConfidence: 0.9, entities, events, extractorVersion: 'test' };
}

async function eventsOf(store: Store, documentId: string, filter?: ExportFilter): Promise<ExportedEvent[]> {
  const events: ExportedEvent[] = [];
  for await (const event of store.exportEvents(filter)) if (event.documentId === documentId) events.push(event);
  return events;
}

async function entityNames(store: Store): Promise<string[]> {
  const names: string[] = [];
  for await (const entity of store.exportEntities()) names.push(entity.name);
  return names;
}

async function entitiesWith(store: Store, fragment: string) {
  const found = [];
  for await (const entity of store.exportEntities()) if (entity.name.includes(fragment)) found.push(entity);
  return found;
}

async function mentionNames(db: Kysely<Database>, documentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mentions as m')
    .innerJoin('entities as e', 'e.id', 'm.entity_id')
    .select('e.name')
    .where('m.document_id', '=', documentId)
    .orderBy('m.start_offset')
    .execute();
  return rows.map((row) => row.name);
}

async function review(db: Kysely<Database>, eventId: string, changes: { review_status: string; kind?: string; place?: string }) {
  await db
    .updateTable('events')
    .set({ ...changes, reviewed_by: 'contract-test', reviewed_at: new Date() })
    .where('id', '=', eventId)
    .execute();
}
