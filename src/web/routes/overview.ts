import { Hono } from 'hono';
import type { ReviewStore } from '../../store/review-store.js';
import type { AppEnv } from '../app-env.js';
import { auditPage } from '../pages/audit-page.js';
import { mapPage } from '../pages/map-page.js';
import { timelinePage } from '../pages/timeline-page.js';
import { auditQuery } from '../schemas.js';
import { queryOf } from './params.js';

/* Read-only views over many records: the audit log, the map and the timeline. */

export function overviewRoutes(store: ReviewStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/audit', async (c) => c.json(await store.auditLog(queryOf(c, auditQuery))));
  app.get('/audit', async (c) => {
    const filter = queryOf(c, auditQuery);
    return c.html(auditPage(c.get('page'), await store.auditLog(filter), filter).toString());
  });
  app.get('/api/map', async (c) => c.json(await store.map()));
  app.get('/map', async (c) => c.html(mapPage(c.get('page'), await store.map()).toString()));
  app.get('/api/timeline', async (c) => c.json(await store.timeline()));
  app.get('/timeline', async (c) => c.html(timelinePage(c.get('page'), await store.timeline()).toString()));
  return app;
}
