/** The site-wide JSON Feed 1.1: the same items as /rss.xml. */
import type { APIRoute } from 'astro';
import { siteChannel, siteFeedItems } from '../data/feed-items';
import { feedResponse } from '../data/feed-response';

export const GET: APIRoute = async () => feedResponse('json', siteChannel('/feed.json'), await siteFeedItems());
