import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { ReviewStore } from '../../store/review-store.js';
import type { AppEnv } from '../app-env.js';
import { exportPage } from '../pages/export-page.js';
import { csvHeader, csvRow, jsonLine } from '../records-format.js';
import { exportQuery } from '../schemas.js';
import { queryOf } from './params.js';

export function exportRoutes(store: ReviewStore): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/export', (c) => c.html(exportPage(c.get('page')).toString()));
  app.get('/api/export', (c) => {
    const { format } = queryOf(c, exportQuery);
    c.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    c.header('content-disposition', `attachment; filename="events.${format}"`);
    return stream(c, async (out) => {
      if (format === 'csv') await out.write(csvHeader());
      for await (const event of store.exportAccepted()) await out.write(format === 'csv' ? csvRow(event) : jsonLine(event));
    });
  });
  return app;
}
