/*
 * A tiny escaping template tag: every interpolated string is HTML-escaped, SafeHtml values
 * (from html`` or raw()) are kept, arrays are concatenated. Article text, names and anything
 * from the database only ever reach a page through it.
 */

export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Child = SafeHtml | string | number | boolean | null | undefined | readonly Child[];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(child: Child): string {
  if (child instanceof SafeHtml) return child.value;
  if (Array.isArray(child)) return child.map(render).join('');
  if (child === null || child === undefined || child === false || child === true) return '';
  return escapeHtml(String(child));
}

export function html(strings: TemplateStringsArray, ...values: readonly Child[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup we wrote ourselves (never text from a document or a form). */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

/** A link target from data: http(s) URLs only, so a `javascript:` source never becomes a live link. */
export function safeHref(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Query string from defined, non-empty values. */
export function query(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
