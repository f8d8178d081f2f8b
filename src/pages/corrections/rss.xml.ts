/** Every correction to a published post, newest first, as RSS. */
import type { APIRoute } from 'astro';
import { FEED_TYPES, correctionFeedItems, feedChannel } from '../../data/feed-items';
import { strings } from '../../i18n/ui';
import { renderRss } from '../../lib/feed-rss';
import { site } from '../../site.config';
import { routes } from '../../data/site-links';

export const GET: APIRoute = async () => {
  const t = strings(site.lang);
  const channel = feedChannel({
    title: t.feeds.correctionsTitle(site.title),
    description: t.feeds.correctionsDescription,
    homePath: routes.corrections,
    feedPath: routes.correctionsFeed,
  });
  return new Response(await renderRss(channel, await correctionFeedItems()), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
};
