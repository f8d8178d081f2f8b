/** Every change to published content, newest first, as RSS: a journalist can subscribe to edits. */
import type { APIRoute } from 'astro';
import { changeFeedItems } from '../../data/change-feed';
import { rssResponse } from '../../data/feed-response';
import { strings } from '../../i18n/ui';
import { site } from '../../site.config';
import { routes } from '../../data/site-links';

const t = strings(site.lang);

export const GET: APIRoute = async () =>
  rssResponse(
    { title: t.record.changesFeedTitle(site.title), description: t.record.changesIntro, homePath: routes.changes, feedPath: routes.changesFeed },
    await changeFeedItems(),
  );
