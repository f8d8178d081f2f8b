/** The site-wide JSON Feed 1.1: the same items as /rss.xml. */
import type { APIRoute } from 'astro';
import { FEED_TYPES, siteChannel, siteFeedItems } from '../data/feed-items';
import { renderJsonFeed } from '../lib/feed-json';

export const GET: APIRoute = async () =>
  new Response(renderJsonFeed(siteChannel('/feed.json'), await siteFeedItems()), {
    headers: { 'Content-Type': FEED_TYPES.json },
  });
