/** The site-wide RSS feed: the newest posts of every kind, in full. */
import type { APIRoute } from 'astro';
import { siteChannel, siteFeedItems } from '../data/feed-items';
import { feedResponse } from '../data/feed-response';

export const GET: APIRoute = async () => feedResponse('rss', siteChannel('/rss.xml'), await siteFeedItems());
