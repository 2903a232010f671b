import { load } from 'cheerio/slim';
import { assertHtmlComplexity } from '../readers/scan-html-complexity.js';
import { normalizeUrl } from './normalize-url.js';

/*
 * What the crawler needs from an HTML page: its links, the feeds it announces and whether
 * it reads as an article or only as an index. Rule: a page is an article when it has at
 * least ARTICLE_MIN_CHARS characters of text outside links, and links make up less than
 * half of its text; navigation, header, footer, aside, scripts and forms are ignored.
 * Index pages (and feeds, sitemaps) are followed, never stored as documents.
 */

export const ARTICLE_MIN_CHARS = 500;
const MAX_LINK_SHARE = 0.5;
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml']);

export interface HtmlPage {
  readonly links: readonly string[];
  readonly feeds: readonly string[];
  readonly isArticle: boolean;
}

function squash(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

export function readHtmlPage(html: string, pageUrl: string): HtmlPage {
  // The DOM builder recurses: a page nested thousands deep must fail before it, as in the reader.
  assertHtmlComplexity(html, pageUrl);
  const $ = load(html);
  const base = normalizeUrl($('base[href]').attr('href') ?? '', pageUrl) ?? pageUrl;
  const resolve = (href: string | undefined) => (href === undefined ? undefined : normalizeUrl(href, base));
  const links = $('a[href], area[href], link[rel~="next"][href]')
    .toArray()
    .filter((el) => !/\bnofollow\b/i.test($(el).attr('rel') ?? ''))
    .map((el) => resolve($(el).attr('href')))
    .filter((url): url is string => url !== undefined);
  const feeds = $('link[rel~="alternate"][href]')
    .toArray()
    .filter((el) => FEED_TYPES.has(($(el).attr('type') ?? '').toLowerCase()))
    .map((el) => resolve($(el).attr('href')))
    .filter((url): url is string => url !== undefined);
  $('script, style, noscript, template, nav, header, footer, form, aside').remove();
  const total = squash($('body').length > 0 ? $('body').text() : $.root().text());
  const linked = squash($('a').text());
  const isArticle = total - linked >= ARTICLE_MIN_CHARS && linked < total * MAX_LINK_SHARE;
  return { links: [...new Set(links)], feeds: [...new Set(feeds)], isArticle };
}
