import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { errorMessage, NotFoundError, VeilleError } from '../errors.js';
import { errorPage } from './pages/error-page.js';

/* The one place errors become HTTP responses: JSON under /api, a small page elsewhere. */

type Status = 400 | 404 | 409 | 413 | 500;

interface Mapped {
  readonly status: Status;
  readonly error: string;
  readonly message: string;
}

export function mapError(error: unknown): Mapped {
  if (error instanceof ZodError) return { status: 400, error: 'invalid', message: zodMessage(error) };
  if (error instanceof SyntaxError) return { status: 400, error: 'invalid', message: `invalid JSON body: ${error.message}` };
  if (error instanceof NotFoundError) return { status: 404, error: 'not_found', message: error.message };
  if (error instanceof HTTPException && error.status === 413) return { status: 413, error: 'too_large', message: 'request body too large' };
  if (error instanceof VeilleError && error.code === 'invalid') return { status: 400, error: 'invalid', message: error.message };
  if (error instanceof VeilleError && error.code === 'conflict') return { status: 409, error: 'conflict', message: error.message };
  return { status: 500, error: 'internal', message: 'internal error' };
}

function zodMessage(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`).join('; ');
}

export function handleError(error: unknown, c: Context): Response {
  const mapped = mapError(error);
  if (mapped.status === 500) console.error(`[web] ${c.req.method} ${c.req.path}: ${errorMessage(error)}`);
  if (c.req.path.startsWith('/api/')) return c.json({ error: mapped.error, message: mapped.message }, mapped.status);
  return c.html(errorPage(mapped.status, mapped.message).toString(), mapped.status);
}

export function notFound(c: Context): Response {
  return handleError(new NotFoundError('page', c.req.path), c);
}
