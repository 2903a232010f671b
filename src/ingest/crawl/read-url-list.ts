import { load } from 'cheerio/slim';
import { normalizeUrl } from './normalize-url.js';

/*
 * URLs listed by an RSS 2.0 / RSS 1.0 / Atom feed or a sitemap (urlset or sitemap index),
 * read with an XML parser. Sitemap indexes list sitemaps: they are fetched like any URL
 * and recognised by content.
 */

export function readFeedLinks(xml: string, feedUrl: string): string[] {
  const $ = load(xml, { xml: true });
  const rss = $('item > link, item > guid[isPermaLink!="false"]')
    .toArray()
    .map((el) => $(el).text());
  const atom = $('entry > link[href]')
    .toArray()
    .filter((el) => ['alternate', ''].includes($(el).attr('rel') ?? ''))
    .map((el) => $(el).attr('href') ?? '');
  const rdf = $('item').toArray().map((el) => $(el).attr('rdf:about') ?? '');
  return unique([...rss, ...atom, ...rdf], feedUrl);
}

export function readSitemapLinks(xml: string, sitemapUrl: string): string[] {
  const $ = load(xml, { xml: true });
  return unique($('url > loc, sitemap > loc').toArray().map((el) => $(el).text()), sitemapUrl);
}

function unique(raw: readonly string[], base: string): string[] {
  const urls = raw.filter((href) => href.trim() !== '').map((href) => normalizeUrl(href, base));
  return [...new Set(urls.filter((url): url is string => url !== undefined))];
}
