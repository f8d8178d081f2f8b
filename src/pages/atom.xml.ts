/** The site-wide Atom feed: the same items as /rss.xml. */
import type { APIRoute } from 'astro';
import { FEED_TYPES, siteChannel, siteFeedItems } from '../data/feed-items';
import { renderAtom } from '../lib/feed-atom';

export const GET: APIRoute = async () =>
  new Response(renderAtom(siteChannel('/atom.xml'), await siteFeedItems()), {
    headers: { 'Content-Type': FEED_TYPES.atom },
  });
