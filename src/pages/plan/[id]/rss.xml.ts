/** One RSS feed per commitment: every published post that reports on it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { postsForCommitment } from '../../../data/commitments';
import { FEED_TYPES, feedChannel, feedItemsFor } from '../../../data/feed-items';
import { strings } from '../../../i18n/ui';
import { renderRss } from '../../../lib/feed-rss';
import { commitmentPath } from '../../../lib/paths';
import { site } from '../../../site.config';

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
    homePath: commitmentPath(id),
    feedPath: `${commitmentPath(id)}rss.xml`,
  });
  return new Response(await renderRss(channel, await feedItemsFor(await postsForCommitment(id))), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
};
