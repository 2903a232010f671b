import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueuePage } from '../../src/store/review-store.js';
import { createApp } from '../../src/web/app.js';
import { createTempDatabase, postgresUrl, skipPostgresReason } from '../support/services.js';
import { createWebFixture, type WebFixture } from './support/web-fixture.js';
import { testClient, type TestClient } from './support/test-client.js';

/* The queue, documents, events, export, audit, map and timeline endpoints, on PGlite and on Postgres. */

const serverUrl = postgresUrl;
const engines = [
  { name: 'PGlite', url: async () => ({ url: undefined, drop: async () => undefined }) },
  ...(serverUrl ? [{ name: 'Postgres', url: async () => createTempDatabase(serverUrl) }] : []),
];
if (!postgresUrl) it.skip(`Postgres: ${skipPostgresReason}`, () => undefined);

describe.each(engines)('review API on $name', ({ url }) => {
  let fixture: WebFixture;
  let client: TestClient;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await url();
    drop = database.drop;
    fixture = await createWebFixture(database.url);
    client = testClient(createApp({ store: fixture.review }));
    await client.session();
  });
  afterAll(async () => {
    await fixture.close();
    await drop();
  });

  const queue = async (query = ''): Promise<QueuePage> => {
    const response = await client.request(`/api/queue${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as QueuePage;
  };

  it('lists pending events, newest documents first', async () => {
    const page = await queue();
    expect(page.items.map((i) => i.documentId)).toEqual([fixture.docs.hostile, fixture.docs.halifax, fixture.docs.lyon]);
    expect(page.items[2]?.parties).toEqual(["Centre d'innovation régional", 'Ville de Lyon']);
  });

  it('filters by type, status, language, source and date range', async () => {
    expect((await queue('?type=mission')).items.map((i) => i.documentId)).toEqual([fixture.docs.hostile]);
    expect((await queue('?status=planned')).items.map((i) => i.documentId)).toEqual([fixture.docs.halifax]);
    expect((await queue('?language=en')).items.map((i) => i.documentId)).toEqual([fixture.docs.halifax]);
    expect((await queue('?source=LYON')).items.map((i) => i.documentId)).toEqual([fixture.docs.lyon]);
    expect((await queue('?source=file:///inbox/halifax')).items.map((i) => i.documentId)).toEqual([fixture.docs.halifax]);
    expect((await queue('?source=file:///inbox/%25')).items).toEqual([]);
    expect((await queue('?source=/inbox/halifax')).items).toEqual([]);
    expect((await queue('?from=2019-01-01&to=2019-12-31')).items.map((i) => i.documentId)).toEqual([fixture.docs.hostile, fixture.docs.lyon]);
    expect((await queue('?from=2021-03-01')).items.map((i) => i.documentId)).toEqual([fixture.docs.halifax]);
  });

  it('searches French and English text, accents optional', async () => {
    expect((await queue('?q=cooperation%20economique')).items.map((i) => i.documentId)).toEqual([fixture.docs.lyon]);
    expect((await queue('?q=Montreal')).items.map((i) => i.documentId)).toEqual([fixture.docs.lyon]);
    expect((await queue('?q=corridor')).items.map((i) => i.documentId)).toEqual([fixture.docs.halifax]);
    expect((await queue('?q=d%C3%A9l%C3%A9gations')).items.map((i) => i.documentId)).toEqual([fixture.docs.hostile]);
    expect((await queue('?q=zeppelin')).items).toEqual([]);
    expect((await queue('?q=corridor&type=mission')).items).toEqual([]);
    expect((await queue('?q=entente&review=all&limit=1')).items.map((i) => i.documentId)).toEqual([fixture.docs.lyon]);
  });

  it('pages with a keyset cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 5; i++) {
      const page = await queue(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((item) => item.eventId));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(seen).toEqual((await queue()).items.map((i) => i.eventId));
  });

  it('refuses bad queue input with 400 and a message', async () => {
    for (const query of ['?from=2019-13-01', '?to=yesterday', '?review=maybe', '?limit=0', '?cursor=bm9wZQ', '?type=treaty']) {
      const response = await client.request(`/api/queue${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { message: string }).message, query).toMatch(/\S/);
    }
  });

  it('gives a document with its mentions and events; unknown ids are 404', async () => {
    const response = await client.request(`/api/documents/${fixture.docs.lyon}`);
    const doc = (await response.json()) as { text: string; mentions: { start: number; end: number; entityName: string }[]; events: unknown[] };
    expect(doc.events).toHaveLength(1);
    const cir = doc.mentions.filter((m) => m.entityName === 'CIR');
    expect(cir.map((m) => doc.text.slice(m.start, m.end))).toEqual(['CIR', 'CIR']);
    for (const path of ['/api/documents/999999', '/api/documents/abc', '/documents/999999', '/api/events/424242', '/api/entities/0x1']) {
      expect((await client.request(path)).status, path).toBe(404);
    }
  });

  it('edits an event: parties resolved through the registry, status edited, audited', async () => {
    const [event] = (await queue('?source=lyon')).items;
    const response = await client.send('PATCH', `/api/events/${event?.eventId}`, { parties: ['CIR', 'Ville de Québec'], place: 'Montréal (Québec)' });
    expect(response.status).toBe(200);
    const edited = (await response.json()) as { reviewStatus: string; parties: { name: string }[]; place: string };
    expect(edited.reviewStatus).toBe('edited');
    expect(edited.parties.map((p) => p.name)).toEqual(['CIR', 'Ville de Québec']);
    const audit = (await (await client.request(`/api/audit?subjectType=event&subjectId=${event?.eventId}`)).json()) as { action: string; actor: string; before: { parties: { name: string }[] }; after: { place: string } }[];
    expect(audit[0]).toMatchObject({ action: 'edit', actor: 'local', after: { place: 'Montréal (Québec)' } });
    expect(audit[0]?.before.parties.map((p) => p.name)).toEqual(["Centre d'innovation régional", 'Ville de Lyon']);
  });

  it('refuses bad edits: 400 for invalid dates, unknown fields and bad JSON, 404 for unknown events', async () => {
    const [event] = (await queue('?review=all&source=halifax')).items;
    const bad = [{ date: '2021-02-30' }, { date: 'next spring' }, { colour: 'red' }, { parties: [''] }, { type: 'treaty' }];
    for (const body of bad) expect((await client.send('PATCH', `/api/events/${event?.eventId}`, body)).status, JSON.stringify(body)).toBe(400);
    const broken = await client.request(`/api/events/${event?.eventId}`, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': await client.session() }, body: '{"kind": ' });
    expect(broken.status).toBe(400);
    expect((await client.send('PATCH', '/api/events/987654', { kind: 'x' })).status).toBe(404);
    expect((await client.send('POST', '/api/events/987654/accept')).status).toBe(404);
    const unchanged = (await (await client.request(`/api/events/${event?.eventId}`)).json()) as { reviewStatus: string };
    expect(unchanged.reviewStatus).toBe('pending');
  });

  it('accepts and rejects; re-extraction keeps reviewed events; export has accepted and edited records', async () => {
    const all = (await queue('?review=all')).items;
    const halifax = all.find((i) => i.documentId === fixture.docs.halifax);
    const hostile = all.find((i) => i.documentId === fixture.docs.hostile);
    expect(((await (await client.send('POST', `/api/events/${halifax?.eventId}/accept`)).json()) as { reviewStatus: string }).reviewStatus).toBe('accepted');
    expect(((await (await client.send('POST', `/api/events/${hostile?.eventId}/reject`)).json()) as { reviewStatus: string }).reviewStatus).toBe('rejected');
    const lyon = await fixture.review.getDocument(fixture.docs.lyon);
    const { lyonExtraction } = await import('./support/web-fixture.js');
    await fixture.store.saveExtraction(fixture.docs.lyon, lyonExtraction(lyon.text));
    const after = await fixture.review.getDocument(fixture.docs.lyon);
    expect(after.events.find((e) => e.reviewStatus === 'edited')?.parties.map((p) => p.name)).toEqual(['CIR', 'Ville de Québec']);

    const jsonl = await (await client.request('/api/export?format=jsonl')).text();
    const records = jsonl.trim().split('\n').map((line) => JSON.parse(line) as { reviewStatus: string; parties: { name: string }[] });
    expect(records.map((r) => r.reviewStatus).sort()).toEqual(['accepted', 'edited']);
    const csv = await client.request('/api/export?format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,document_id,source,type,status,kind,parties/);
    expect(lines.slice(1).some((l) => l.includes('CIR; Ville de Québec'))).toBe(true);
    expect((await client.request('/api/export?format=xml')).status).toBe(400);
  });

  it('draws accepted events on the map and agreements on the timeline', async () => {
    const map = (await (await client.request('/api/map')).json()) as { points: { name: string }[]; links: { eventId: string }[] };
    expect(map.points.length).toBeGreaterThanOrEqual(2);
    expect(map.links.length).toBeGreaterThanOrEqual(1);
    const timeline = (await (await client.request('/api/timeline')).json()) as { date: string | null }[];
    // Re-extraction above kept the edited agreement and added no pending twin of it (same evidence).
    expect([...new Set(timeline.map((t) => t.date))]).toEqual(['2019-03-12', '2021']);
  });

  it('serves every page with a strict CSP, and article markup only as inert text', async () => {
    const event = (await queue('?review=all')).items[0];
    for (const path of ['/queue', '/queue?review=all&q=mission', `/documents/${fixture.docs.hostile}`, `/events/${event?.eventId}`, '/entities', '/audit', '/export', '/map', '/timeline']) {
      const response = await client.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      const page = await response.text();
      expect(page, path).not.toMatch(/<script>|<img[ >]|onerror="|href="javascript:/i);
      expect(page.match(/<script\b[^>]*>/g) ?? [], path).toEqual(['<script src="/static/app.js" defer>']);
    }
    const hostile = await (await client.request(`/documents/${fixture.docs.hostile}`)).text();
    expect(hostile).toContain('document.title=&#39;pwned&#39;;window.__pwned=true&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror=&quot;window.__pwned=true&quot;&gt;');
  });
});
