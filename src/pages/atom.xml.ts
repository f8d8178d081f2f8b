/** The site-wide Atom feed: the same items as /rss.xml. */
import type { APIRoute } from 'astro';
import { siteChannel, siteFeedItems } from '../data/feed-items';
import { feedResponse } from '../data/feed-response';

export const GET: APIRoute = async () => feedResponse('atom', siteChannel('/atom.xml'), await siteFeedItems());
