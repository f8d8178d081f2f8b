/**
 * One RSS feed per commitment: the newest `site.feedLimit` posts that report on it (the
 * commitment's page keeps its full history; a full-history feed per commitment cost most of
 * the feed time at 5,000 posts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { postsForCommitment } from '../../../data/commitments';
import { FEED_TYPES, feedChannel, feedItemsFor } from '../../../data/feed-items';
import { strings } from '../../../i18n/ui';
import { renderRss } from '../../../lib/feed-rss';
import { site } from '../../../site.config';
import { routes } from '../../../data/site-links';

export const getStaticPaths = (async () =>
  (await getCollection('commitments')).map((commitment) => ({
    params: { id: commitment.id },
    props: { title: commitment.data.title },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string }> = async ({ params, props }) => {
  const id = params.id!;
  const t = strings(site.lang);
  const channel = feedChannel({
    title: t.feeds.commitmentTitle(site.title, props.title),
    description: t.feeds.commitmentDescription(props.title),
    homePath: routes.commitment(id),
    feedPath: routes.commitmentFeed(id),
  });
  return new Response(await renderRss(channel, await feedItemsFor((await postsForCommitment(id)).slice(0, site.feedLimit))), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
};
