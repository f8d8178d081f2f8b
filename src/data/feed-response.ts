/** The HTTP responses of the feed and calendar endpoints: the body in its format, with its content type. */
import { renderAtom } from '../lib/feed-atom';
import type { FeedFormat } from '../lib/feed-formats';
import type { FeedChannel, FeedItem } from '../lib/feed-item';
import { renderJsonFeed } from '../lib/feed-json';
import { renderRss } from '../lib/feed-rss';
import { FEED_TYPES, feedChannel } from './feed-items';

const renderers: Record<FeedFormat, (channel: FeedChannel, items: readonly FeedItem[]) => string | Promise<string>> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

/** A feed in one format, as the endpoint's response. */
export async function feedResponse(format: FeedFormat, channel: FeedChannel, items: readonly FeedItem[]): Promise<Response> {
  return new Response(await renderers[format](channel, items), { headers: { 'Content-Type': FEED_TYPES[format] } });
}

/** An RSS feed of the site's language, from its channel's words and paths (data/feed-items.ts, feedChannel). */
export function rssResponse(channel: Parameters<typeof feedChannel>[0], items: readonly FeedItem[]): Promise<Response> {
  return feedResponse('rss', feedChannel(channel), items);
}

/** A calendar file (.ics text) as the endpoint's response. */
export function calendarResponse(ics: string): Response {
  return new Response(ics, { headers: { 'Content-Type': FEED_TYPES.ics } });
}
