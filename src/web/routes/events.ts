import { Hono } from 'hono';
import type { ReviewStore } from '../../store/review-store.js';
import type { AppEnv } from '../app-env.js';
import { eventPage } from '../pages/event-page.js';
import { eventPatch, patchFromForm } from '../schemas.js';
import { formBody, idParam, jsonBody } from './params.js';

const NOTICES: Readonly<Record<string, string>> = { edited: 'Correction saved.', accepted: 'Accepted.', rejected: 'Rejected.' };

export function eventRoutes(store: ReviewStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/events/:id', async (c) => c.json(await store.getEvent(idParam(c, 'event'))));
  app.patch('/api/events/:id', async (c) => {
    const id = idParam(c, 'event');
    return c.json(await store.editEvent(id, await jsonBody(c, eventPatch), c.get('actor')));
  });
  for (const [action, decision] of [['accept', 'accepted'], ['reject', 'rejected']] as const) {
    app.post(`/api/events/:id/${action}`, async (c) => c.json(await store.decideEvent(idParam(c, 'event'), decision, c.get('actor'))));
    app.post(`/events/:id/${action}`, async (c) => {
      const id = idParam(c, 'event');
      await store.decideEvent(id, decision, c.get('actor'));
      return c.redirect(`/events/${id}?done=${decision}`, 303);
    });
  }
  app.post('/events/:id', async (c) => {
    const id = idParam(c, 'event');
    const patch = eventPatch.parse(patchFromForm(await formBody(c)));
    await store.editEvent(id, patch, c.get('actor'));
    return c.redirect(`/events/${id}?done=edited`, 303);
  });
  app.get('/events/:id', async (c) => {
    const event = await store.getEvent(idParam(c, 'event'));
    const [doc, adjacent] = await Promise.all([store.getDocument(event.documentId), store.adjacentEvents(event.id)]);
    const notice = NOTICES[c.req.query('done') ?? ''];
    return c.html(eventPage(c.get('page'), { event, text: doc.text, documentTitle: doc.title, adjacent, ...(notice ? { notice } : {}) }).toString());
  });
  return app;
}
