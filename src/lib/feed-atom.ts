/**
 * Atom 1.0 (RFC 4287) serialisation of a feed, from the same items as RSS. Titles and
 * summaries are plain text, content is escaped HTML, and every entry carries <published>
 * and <updated> (the last edit or correction).
 */
import { XMLBuilder } from 'fast-xml-parser';
import { stripXmlInvalid } from './feed-html';
import { feedUpdated, type FeedChannel, type FeedItem } from './feed-item';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

/** A text construct with its type. */
function text(value: string, type: 'text' | 'html' = 'text') {
  return { '@_type': type, '#text': stripXmlInvalid(value) };
}

/** The Atom document for a channel and its items. */
export function renderAtom(channel: FeedChannel, items: readonly FeedItem[]): string {
  const document = {
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': channel.lang,
      id: channel.feedUrl,
      title: text(channel.title),
      subtitle: text(channel.description),
      updated: feedUpdated(channel, items).toISOString(),
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': channel.feedUrl },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': channel.homeUrl },
      ],
      author: { name: stripXmlInvalid(channel.title) },
      entry: items.map((item) => ({
        id: item.id,
        title: text(item.title),
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': item.url },
        published: item.published.toISOString(),
        updated: item.modified.toISOString(),
        author: item.authors.map((name) => ({ name: stripXmlInvalid(name) })),
        category: item.categories.map((term) => ({ '@_term': term })),
        summary: text(item.summary),
        content: text(item.contentHtml, 'html'),
      })),
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document)}`;
}
