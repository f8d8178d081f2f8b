/** The Atom feed of one language other than the main one (/es/atom.xml): the same items as /es/rss.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TYPES } from '../../data/feed-items';
import { languageChannel, languageFeedItems } from '../../data/translation-feed';
import { otherLanguages } from '../../lib/languages';
import { renderAtom } from '../../lib/feed-atom';
import { site } from '../../site.config';

export const getStaticPaths: GetStaticPaths = () => otherLanguages(site.lang).map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(renderAtom(languageChannel(params.lang!, 'atom'), await languageFeedItems(params.lang!)), {
    headers: { 'Content-Type': FEED_TYPES.atom },
  });
