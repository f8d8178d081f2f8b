/** One RSS feed per kind of post, holding every published post of that kind. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItemsFor } from '../../data/feed-items';
import { rssResponse } from '../../data/feed-response';
import { getPosts } from '../../data/posts';
import { strings } from '../../i18n/ui';
import { POST_KINDS, type PostKind } from '../../lib/vocabulary';
import { site } from '../../site.config';
import { routes } from '../../data/site-links';

export const getStaticPaths = (() => POST_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kind = params.kind as PostKind;
  const t = strings(site.lang);
  const words = t.kinds[kind];
  return rssResponse(
    { title: t.feeds.kindTitle(site.title, words.plural), description: words.intro, homePath: routes.kind(kind), feedPath: routes.kindFeed(kind) },
    await feedItemsFor(await getPosts(kind)),
  );
};
