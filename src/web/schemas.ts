import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES, LANGUAGES } from '../extract/types.js';
import { REVIEW_STATUSES } from '../store/store.js';

/* Every input the app accepts, validated here; a failure becomes a 400 naming the field (error-handler.ts). */

const ISO_DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ISO_PART = String.raw`(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))`;
const ISO_VALUE = new RegExp(`^${ISO_PART}(/${ISO_PART})?$`);

function realDate(value: string): boolean {
  return value.split('/').every((part) => {
    const [y, m, d] = part.replace(/^--/, '2000-').split('-').map(Number);
    if (m === undefined || d === undefined) return true;
    const date = new Date(Date.UTC(y ?? 2000, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  });
}

const dayBound = z.string().regex(ISO_DAY, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD').refine(realDate, 'is not a real date');
export const eventDate = z
  .string()
  .regex(ISO_VALUE, 'must be ISO 8601 as in 2011, 2021-06, 2014-10-07, 2014-10-07/2014-10-08 or --05-18')
  .refine(realDate, 'is not a real date');

const shortText = z.string().trim().max(500);
const name = z.string().trim().min(1, 'must not be empty').max(300);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const idSchema = z.string().regex(/^\d{1,18}$/);

export const queueQuery = z.object({
  review: optional(z.enum([...REVIEW_STATUSES, 'all'])),
  type: optional(z.enum(EVENT_TYPES)),
  status: optional(z.enum(EVENT_STATUSES)),
  language: optional(z.enum(LANGUAGES)),
  source: optional(z.string().max(300)),
  from: optional(dayBound),
  to: optional(dayBound),
  q: optional(z.string().max(300)),
  cursor: optional(z.string().max(300)),
  limit: optional(z.coerce.number().int().min(1).max(200)),
});

export const eventPatch = z.strictObject({
  type: z.enum(EVENT_TYPES).optional(),
  status: z.enum(EVENT_STATUSES).nullable().optional(),
  kind: name.optional(),
  parties: z.array(name).max(50).optional(),
  signatories: z.array(name).max(50).optional(),
  date: eventDate.nullable().optional(),
  dateText: shortText.nullable().optional(),
  place: shortText.nullable().optional(),
  occasion: shortText.nullable().optional(),
});

export const renameBody = z.strictObject({ name });
export const mergeBody = z.strictObject({ mergedId: idSchema });
export const splitBody = z.strictObject({ alias: name });
export const entitySearch = z.object({ q: optional(z.string().max(300)) });

export const auditQuery = z.object({
  before: optional(idSchema),
  limit: optional(z.coerce.number().int().min(1).max(500)),
  subjectType: optional(z.enum(['event', 'entity'])),
  subjectId: optional(idSchema),
});

export const exportQuery = z.object({ format: z.enum(['csv', 'jsonl']) });

/** Form fields of the event editor → the JSON patch shape (one name per line; empty means none). */
export function patchFromForm(form: Readonly<Record<string, unknown>>): unknown {
  const text = (key: string): string => (typeof form[key] === 'string' ? (form[key] as string).trim() : '');
  const nullable = (key: string): string | null => (text(key) === '' ? null : text(key));
  const lines = (key: string): string[] => text(key).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return {
    type: text('type') || undefined,
    status: nullable('status'),
    kind: text('kind'),
    parties: lines('parties'),
    signatories: lines('signatories'),
    date: nullable('date'),
    dateText: nullable('dateText'),
    place: nullable('place'),
    occasion: nullable('occasion'),
  };
}
