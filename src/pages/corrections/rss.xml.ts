/** Every correction to a published post, newest first, as RSS. */
import type { APIRoute } from 'astro';
import { correctionFeedItems } from '../../data/feed-items';
import { rssResponse } from '../../data/feed-response';
import { strings } from '../../i18n/ui';
import { site } from '../../site.config';
import { routes } from '../../data/site-links';

const t = strings(site.lang);

export const GET: APIRoute = async () =>
  rssResponse(
    {
      title: t.feeds.correctionsTitle(site.title),
      description: t.feeds.correctionsDescription,
      homePath: routes.corrections,
      feedPath: routes.correctionsFeed,
    },
    await correctionFeedItems(),
  );
