/** Every change to published content, newest first, as RSS: a journalist can subscribe to edits. */
import type { APIRoute } from 'astro';
import { FEED_TYPES, feedChannel } from '../../data/feed-items';
import { changeFeedItems } from '../../data/change-feed';
import { strings } from '../../i18n/ui';
import { renderRss } from '../../lib/feed-rss';
import { site } from '../../site.config';
import { routes } from '../../data/site-links';

export const GET: APIRoute = async () => {
  const t = strings(site.lang);
  const channel = feedChannel({
    title: t.record.changesFeedTitle(site.title),
    description: t.record.changesIntro,
    homePath: routes.changes,
    feedPath: routes.changesFeed,
  });
  return new Response(await renderRss(channel, await changeFeedItems()), { headers: { 'Content-Type': FEED_TYPES.rss } });
};
