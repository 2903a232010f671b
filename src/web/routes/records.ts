import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { RECORD_FORMATS, recordLines } from '../../export/records-format.js';
import { REVIEW_STATUSES, type Store } from '../../store/store.js';
import type { AppEnv } from '../app-env.js';
import { queryOf } from './params.js';

const recordsQuery = z.object({
  format: z.enum(RECORD_FORMATS).default('jsonl'),
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined))
    .pipe(z.array(z.enum(REVIEW_STATUSES)).optional()),
  entities: z.enum(['0', '1']).optional(),
});

/** GET /api/records: every event (any review status unless filtered) and entity, as `veille records` prints them. */
export function recordsRoutes(store: Store): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/api/records', (c) => {
    const query = queryOf(c, recordsQuery);
    const request = { format: query.format, status: query.status, entities: query.entities === '1' };
    c.header('content-type', request.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    return stream(c, async (out) => {
      for await (const line of recordLines(store, request)) await out.write(`${line}\n`);
    });
  });
  return app;
}
