import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { createWebFixture, type WebFixture } from './support/web-fixture.js';

/* GET /api/records: what `veille records` prints, served by a running app that owns PGlite. */

describe('GET /api/records', () => {
  let fixture: WebFixture;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    fixture = await createWebFixture();
    app = createApp({ store: fixture.review, records: fixture.store });
  }, 60_000);
  afterAll(async () => fixture?.close());

  it('streams every event in any review status, then the entities, as JSON lines', async () => {
    const response = await app.request('/api/records');
    expect(response.status).toBe(200);
    const rows = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { record: string; reviewStatus?: string });
    const events = rows.filter((row) => row.record === 'event');
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((event) => event.reviewStatus === 'pending')).toBe(true);
    const kinds = rows.map((row) => row.record);
    expect(kinds.indexOf('entity')).toBeGreaterThan(kinds.lastIndexOf('event'));
  });

  it('filters by review status and gives CSV of the entities on request', async () => {
    expect((await (await app.request('/api/records?status=accepted')).text()).split('\n').filter((l) => l.includes('"record":"event"'))).toEqual([]);
    const csv = await (await app.request('/api/records?format=csv&entities=1')).text();
    expect(csv.split('\n')[0]).toBe('id,type,name,aliases');
  });

  it('refuses an unknown format or status with 400', async () => {
    expect((await app.request('/api/records?format=xml')).status).toBe(400);
    expect((await app.request('/api/records?status=maybe')).status).toBe(400);
  });

  it('is absent when the app is given no Store', async () => {
    const bare = createApp({ store: fixture.review });
    expect((await bare.request('/api/records')).status).toBe(404);
  });
});
