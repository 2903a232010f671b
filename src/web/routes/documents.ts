import { Hono } from 'hono';
import type { ReviewStore } from '../../store/review-store.js';
import type { AppEnv } from '../app-env.js';
import { documentPage } from '../pages/document-page.js';
import { idParam } from './params.js';

export function documentRoutes(store: ReviewStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/documents/:id', async (c) => c.json(await store.getDocument(idParam(c, 'document'))));
  app.get('/documents/:id', async (c) => {
    const doc = await store.getDocument(idParam(c, 'document'));
    return c.html(documentPage(c.get('page'), doc).toString());
  });
  return app;
}
