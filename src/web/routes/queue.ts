import { Hono } from 'hono';
import type { ReviewStore } from '../../store/review-store.js';
import type { AppEnv } from '../app-env.js';
import { queuePage } from '../pages/queue-page.js';
import { queueQuery } from '../schemas.js';
import { queryOf } from './params.js';

export function queueRoutes(store: ReviewStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.redirect('/queue'));
  app.get('/api/queue', async (c) => c.json(await store.queue(queryOf(c, queueQuery))));
  app.get('/queue', async (c) => {
    const filter = queryOf(c, queueQuery);
    return c.html(queuePage(c.get('page'), filter, await store.queue(filter)).toString());
  });
  return app;
}
