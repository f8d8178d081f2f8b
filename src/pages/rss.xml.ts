/** The site-wide RSS feed: the newest posts of every kind, in full. */
import type { APIRoute } from 'astro';
import { FEED_TYPES, siteChannel, siteFeedItems } from '../data/feed-items';
import { renderRss } from '../lib/feed-rss';

export const GET: APIRoute = async () =>
  new Response(await renderRss(siteChannel('/rss.xml'), await siteFeedItems()), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
