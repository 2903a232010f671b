import type { Context } from 'hono';
import type { z } from 'zod';
import { NotFoundError } from '../../errors.js';
import { idSchema } from '../schemas.js';

/* Reading validated input off a request: ids (a malformed one is simply unknown: 404), queries, bodies. */

export function idParam(c: Context, what: string, name = 'id'): string {
  const raw = c.req.param(name) ?? '';
  if (!idSchema.safeParse(raw).success) throw new NotFoundError(what, raw);
  return raw;
}

export function queryOf<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return schema.parse(c.req.query());
}

export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  return schema.parse(await c.req.json());
}

export async function formBody(c: Context): Promise<Record<string, unknown>> {
  const body = await c.req.parseBody();
  const { _csrf: _ignored, ...fields } = body;
  return fields;
}
