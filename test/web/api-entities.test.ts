import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetail, EntityRef } from '../../src/store/review-store.js';
import { createApp } from '../../src/web/app.js';
import { createWebFixture, entity, storeDocument, type WebFixture } from './support/web-fixture.js';
import { testClient, type TestClient } from './support/test-client.js';

/* Entity pages and corrections, and their effect on later extractions (the registry). */

describe('entity API', () => {
  let fixture: WebFixture;
  let client: TestClient;

  beforeAll(async () => {
    fixture = await createWebFixture();
    client = testClient(createApp({ store: fixture.review }));
    await client.session();
  });
  afterAll(() => fixture.close());

  const find = async (q: string): Promise<EntityRef[]> => (await (await client.request(`/api/entities?q=${encodeURIComponent(q)}`)).json()) as EntityRef[];
  const get = async (id: string): Promise<EntityDetail> => (await (await client.request(`/api/entities/${id}`)).json()) as EntityDetail;

  it('finds entities by any spelling and lists their mentions across documents', async () => {
    const [centre] = await find('centre d innovation regional');
    expect(centre?.name).toBe("Centre d'innovation régional");
    const detail = await get(centre?.id ?? '');
    expect(detail.mentions.map((m) => m.text)).toEqual(["Centre d'innovation régional"]);
    expect(detail.events.map((e) => e.role)).toEqual(['party']);
  });

  it('merges an acronym into its long form, and later extractions of the acronym land on the survivor', async () => {
    const [centre] = await find("Centre d'innovation");
    const [cir] = (await find('CIR')).filter((e) => e.name === 'CIR');
    const response = await client.send('POST', `/api/entities/${centre?.id}/merge`, { mergedId: cir?.id });
    expect(response.status).toBe(200);
    const merged = (await response.json()) as EntityDetail;
    expect(merged.aliases).toContain('CIR');
    expect(merged.mentions.map((m) => m.text).sort()).toEqual(['CIR', 'CIR', "Centre d'innovation régional"]);
    expect((await client.request(`/api/entities/${cir?.id}`)).status).toBe(404);

    const text = 'Le CIR ouvre un bureau à Bordeaux.';
    const id = await storeDocument(fixture.store, 'cir-bordeaux.txt', text);
    await fixture.store.saveExtraction(id, { language: 'fr', languageConfidence: 1, extractorVersion: 'test', events: [], entities: [entity(text, 'ORG', 'CIR')] });
    const doc = await fixture.review.getDocument(id);
    expect(doc.mentions.find((m) => m.entityType === 'ORG')?.entityId).toBe(centre?.id);
  });

  it('renames, keeping the old name as an alias that still resolves', async () => {
    const [lyon] = await find('Ville de Lyon');
    const response = await client.send('POST', `/api/entities/${lyon?.id}/rename`, { name: 'Lyon' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as EntityDetail).aliases).toContain('Ville de Lyon');
    expect((await fixture.review.findEntityByName('ville de lyon'))?.id).toBe(lyon?.id);
    const [halifax] = await find('Halifax');
    expect((await client.send('POST', `/api/entities/${halifax?.id}/rename`, { name: 'lyon' })).status).toBe(409);
    expect((await client.send('POST', `/api/entities/${lyon?.id}/rename`, { name: '  ' })).status).toBe(400);
  });

  it('splits an alias off into its own entity with the mentions written that way', async () => {
    const [centre] = await find("Centre d'innovation");
    const response = await client.send('POST', `/api/entities/${centre?.id}/split`, { alias: 'CIR' });
    expect(response.status).toBe(200);
    const created = (await response.json()) as EntityDetail;
    expect(created.name).toBe('CIR');
    expect(created.mentions.map((m) => m.text)).toEqual(['CIR', 'CIR', 'CIR']);
    expect((await get(centre?.id ?? '')).aliases).not.toContain('CIR');
    expect((await fixture.review.findEntityByName('CIR'))?.id).toBe(created.id);
  });

  it('refuses bad entity input', async () => {
    const [centre] = await find("Centre d'innovation");
    const [person] = await find('Claire Dubé');
    const cases: [string, unknown, number][] = [
      [`/api/entities/${centre?.id}/merge`, { mergedId: centre?.id }, 400],
      [`/api/entities/${centre?.id}/merge`, { mergedId: person?.id }, 400],
      [`/api/entities/${centre?.id}/merge`, { mergedId: '99999' }, 404],
      [`/api/entities/${centre?.id}/merge`, { mergedId: 'x' }, 400],
      [`/api/entities/${centre?.id}/split`, { alias: 'Nothing Like It' }, 400],
      [`/api/entities/${centre?.id}/rename`, { name: 'A', extra: 1 }, 400],
      ['/api/entities/99999/rename', { name: 'Anything' }, 404],
    ];
    for (const [path, body, status] of cases) expect((await client.send('POST', path, body)).status, `${path} ${JSON.stringify(body)}`).toBe(status);
  });

  it('records every entity change in the audit log, and serves the pages', async () => {
    const log = (await (await client.request('/api/audit?subjectType=entity')).json()) as { action: string; actor: string }[];
    expect(log.map((e) => e.action)).toEqual(['split_from', 'split', 'rename', 'merged_into', 'merge']);
    expect(new Set(log.map((e) => e.actor))).toEqual(new Set(['local']));
    const [centre] = await find("Centre d'innovation");
    for (const path of ['/entities?q=cir', `/entities/${centre?.id}`, '/audit?subjectType=entity']) expect((await client.request(path)).status, path).toBe(200);
  });

  it('merges and splits from the page forms (name or id), redirecting to the entity', async () => {
    const [centre] = await find("Centre d'innovation");
    const page = await (await client.request(`/entities/${centre?.id}`)).text();
    expect(page).toContain('Merge “CIR” into this entity');
    const merged = await client.form(`/entities/${centre?.id}/merge`, { other: 'C.I.R.' });
    expect(merged.status).toBe(303);
    expect(merged.headers.get('location')).toBe(`/entities/${centre?.id}`);
    expect((await get(centre?.id ?? '')).aliases).toContain('CIR');
    expect((await client.form(`/entities/${centre?.id}/merge`, { other: 'No Such Org' })).status).toBe(404);
  });
});
