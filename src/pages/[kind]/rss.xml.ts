/** One RSS feed per kind of post, holding every published post of that kind. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TYPES, feedChannel, feedItemsFor } from '../../data/feed-items';
import { getPosts } from '../../data/posts';
import { strings } from '../../i18n/ui';
import { renderRss } from '../../lib/feed-rss';
import { POST_KINDS, type PostKind } from '../../lib/vocabulary';
import { site } from '../../site.config';
import { routes } from '../../data/site-links';

export const getStaticPaths = (() => POST_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kind = params.kind as PostKind;
  const t = strings(site.lang);
  const channel = feedChannel({
    title: t.feeds.kindTitle(site.title, t.kinds[kind].plural),
    description: t.kinds[kind].intro,
    homePath: routes.kind(kind),
    feedPath: routes.kindFeed(kind),
  });
  return new Response(await renderRss(channel, await feedItemsFor(await getPosts(kind))), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
};
