/** The JSON Feed of one language other than the main one (/es/feed.json): the same items as /es/rss.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TYPES } from '../../data/feed-items';
import { languageChannel, languageFeedItems } from '../../data/translation-feed';
import { otherLanguages } from '../../lib/languages';
import { renderJsonFeed } from '../../lib/feed-json';
import { site } from '../../site.config';

export const getStaticPaths: GetStaticPaths = () => otherLanguages(site.lang).map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(renderJsonFeed(languageChannel(params.lang!, 'json'), await languageFeedItems(params.lang!)), {
    headers: { 'Content-Type': FEED_TYPES.json },
  });
