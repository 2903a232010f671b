/*
 * One spelling per page, so a URL seen under two spellings is fetched once: no fragment,
 * no tracking parameters, sorted query, lower-case host and no default port (the WHATWG
 * parser does those two), no credentials.
 */

const TRACKING_PARAMS = /^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|xtor)$/i;

/** The canonical form of `raw` (resolved against `base`), or undefined when it is not an http(s) URL. */
export function normalizeUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const params = [...url.searchParams].filter(([key]) => !TRACKING_PARAMS.test(key));
  params.sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  url.search = params.length === 0 ? '' : new URLSearchParams(params).toString();
  return url.toString();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** scheme://host[:port] of a URL: the unit of robots.txt and politeness. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
