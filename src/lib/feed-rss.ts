/**
 * RSS 2.0 serialisation of a feed, with @astrojs/rss: full content in content:encoded,
 * the author in dc:creator, and the last change in dcterms:modified when an item was edited.
 *
 * Feed readers take an RSS <description> as HTML once they have decoded the XML, so a
 * summary written as is would come back as markup (`<img onerror=…>` would be an element).
 * Summaries and the channel description are plain text: they are written as HTML that
 * shows that text (escaped once more, a carriage return as &#13; so that XML's line-end
 * normalisation keeps it), and read back as the same text by every reader.
 */
import { getRssString, type RSSOptions } from '@astrojs/rss';
import { escapeHtml, feedUpdated, wasModified, type FeedChannel, type FeedItem } from './feed-item';
import { stripXmlInvalid } from './feed-html';

/** Namespaces the RSS feeds use. */
const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
};

/** Escapes text for an XML element or attribute written by hand. */
function xml(text: string): string {
  return escapeHtml(stripXmlInvalid(text)).replace(/'/g, '&apos;');
}

/** Plain text as HTML that shows exactly that text: for RSS elements that readers render as HTML. */
export function plainTextAsHtml(text: string): string {
  return escapeHtml(stripXmlInvalid(text)).replace(/'/g, '&#39;').replace(/\r/g, '&#13;');
}

/** The options @astrojs/rss needs for a channel and its items. */
export function rssOptions(channel: FeedChannel, items: readonly FeedItem[]): RSSOptions {
  const updated = feedUpdated(channel, items);
  return {
    title: stripXmlInvalid(channel.title),
    description: plainTextAsHtml(channel.description),
    site: channel.homeUrl,
    trailingSlash: true,
    xmlns: NAMESPACES,
    customData: [
      `<language>${xml(channel.lang)}</language>`,
      `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${xml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: stripXmlInvalid(item.title),
      link: item.url,
      pubDate: item.published,
      description: plainTextAsHtml(item.summary),
      content: item.contentHtml,
      categories: item.categories,
      customData: [
        item.id === item.url ? '' : `<guid isPermaLink="false">${xml(item.id)}</guid>`,
        ...item.authors.map((name) => `<dc:creator>${xml(name)}</dc:creator>`),
        wasModified(item) ? `<dcterms:modified>${item.modified.toISOString()}</dcterms:modified>` : '',
      ].join(''),
    })),
  };
}

/** The RSS 2.0 document for a channel and its items. */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  return getRssString(rssOptions(channel, items));
}
