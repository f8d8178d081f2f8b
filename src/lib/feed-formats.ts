/** The site's feed formats and their media types (plain data: pages and layouts import it without pulling in the feed rendering). */

/** The feed formats of the site, in the order pages list them. */
export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;

/** A feed format of the site. */
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** The media type of each feed format, without parameters (as a page's <link rel="alternate" type> gives it). */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};
