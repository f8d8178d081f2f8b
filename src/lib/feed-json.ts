/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) serialisation of a feed, from the same items as RSS. */
import type { FeedChannel, FeedItem } from './feed-item';

/** A JSON Feed 1.1 item. */
export interface JsonFeedItem {
  /** Permanent id (same as the RSS guid and Atom id). */
  id: string;
  /** Page URL. */
  url: string;
  /** Plain-text title. */
  title: string;
  /** Plain-text summary. */
  summary: string;
  /** Full content as HTML. */
  content_html: string;
  /** RFC 3339 publish date. */
  date_published: string;
  /** RFC 3339 date of the last edit or correction (the publish date when never changed). */
  date_modified: string;
  /** Kind and tags. */
  tags: string[];
  /** Authors. */
  authors: { name: string }[];
  /** Language of the item. */
  language: string;
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  /** Always "https://jsonfeed.org/version/1.1". */
  version: string;
  /** Feed title. */
  title: string;
  /** Web page of the feed. */
  home_page_url: string;
  /** This feed's URL. */
  feed_url: string;
  /** Description. */
  description: string;
  /** Language of the feed. */
  language: string;
  /** Publisher. */
  authors: { name: string }[];
  /** Items, newest first. */
  items: JsonFeedItem[];
}

/** The JSON Feed object for a channel and its items. */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.lang,
    authors: [{ name: channel.title }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      tags: item.categories,
      authors: item.authors.map((name) => ({ name })),
      language: channel.lang,
    })),
  };
}

/** The JSON Feed document as text. */
export function renderJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  return `${JSON.stringify(jsonFeed(channel, items), null, 2)}\n`;
}
