/** The RSS feed of one language other than the main one (/es/rss.xml): every translated post. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TYPES } from '../../data/feed-items';
import { languageChannel, languageFeedItems } from '../../data/translation-feed';
import { otherLanguages } from '../../lib/languages';
import { renderRss } from '../../lib/feed-rss';
import { site } from '../../site.config';

export const getStaticPaths: GetStaticPaths = () => otherLanguages(site.lang).map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await renderRss(languageChannel(params.lang!), await languageFeedItems(params.lang!)), {
    headers: { 'Content-Type': FEED_TYPES.rss },
  });
