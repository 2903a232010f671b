import { Hono, type Context } from 'hono';
import { NotFoundError } from '../../errors.js';
import type { EntityDetail, EntityRef, ReviewStore } from '../../store/review-store.js';
import type { AppEnv } from '../app-env.js';
import { acronymOf } from '../pages/acronym.js';
import { entityListPage, entityPage } from '../pages/entity-pages.js';
import { entitySearch, idSchema, mergeBody, renameBody, splitBody } from '../schemas.js';
import { formBody, idParam, jsonBody, queryOf } from './params.js';

async function suggestions(store: ReviewStore, entity: EntityDetail): Promise<EntityRef[]> {
  const acronym = acronymOf(entity.name);
  const found = acronym ? await store.findEntityByName(acronym, entity.type) : undefined;
  return found && found.id !== entity.id ? [found] : [];
}

/** The other entity of a merge form: an id, or a name the registry knows. */
async function otherEntity(store: ReviewStore, c: Context<AppEnv>, type: EntityRef['type']): Promise<string> {
  const other = String((await formBody(c)).other ?? '').trim();
  if (idSchema.safeParse(other).success) return other;
  const found = await store.findEntityByName(other, type);
  if (!found) throw new NotFoundError('entity', other);
  return found.id;
}

export function entityRoutes(store: ReviewStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/entities', async (c) => c.json(await store.searchEntities(queryOf(c, entitySearch).q ?? '')));
  app.get('/api/entities/:id', async (c) => c.json(await store.getEntity(idParam(c, 'entity'))));
  app.post('/api/entities/:id/rename', async (c) => c.json(await store.renameEntity(idParam(c, 'entity'), (await jsonBody(c, renameBody)).name, c.get('actor'))));
  app.post('/api/entities/:id/merge', async (c) => {
    const id = idParam(c, 'entity');
    return c.json(await store.mergeEntities(id, (await jsonBody(c, mergeBody)).mergedId, c.get('actor')));
  });
  app.post('/api/entities/:id/split', async (c) => c.json(await store.splitEntity(idParam(c, 'entity'), (await jsonBody(c, splitBody)).alias, c.get('actor'))));

  app.get('/entities', async (c) => {
    const q = queryOf(c, entitySearch).q ?? '';
    return c.html(entityListPage(c.get('page'), q, await store.searchEntities(q)).toString());
  });
  app.get('/entities/:id', async (c) => {
    const entity = await store.getEntity(idParam(c, 'entity'));
    return c.html(entityPage(c.get('page'), entity, await suggestions(store, entity)).toString());
  });
  app.post('/entities/:id/rename', async (c) => {
    const id = idParam(c, 'entity');
    await store.renameEntity(id, renameBody.parse(await formBody(c)).name, c.get('actor'));
    return c.redirect(`/entities/${id}`, 303);
  });
  app.post('/entities/:id/merge', async (c) => {
    const entity = await store.getEntity(idParam(c, 'entity'));
    await store.mergeEntities(entity.id, await otherEntity(store, c, entity.type), c.get('actor'));
    return c.redirect(`/entities/${entity.id}`, 303);
  });
  app.post('/entities/:id/split', async (c) => {
    const created = await store.splitEntity(idParam(c, 'entity'), splitBody.parse(await formBody(c)).alias, c.get('actor'));
    return c.redirect(`/entities/${created.id}`, 303);
  });
  return app;
}
