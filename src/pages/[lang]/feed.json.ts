/** The JSON Feed of one language other than the main one (/es/feed.json): the same items as /es/rss.xml. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../data/feed-response';
import { languageChannel, languageFeedItems } from '../../data/translation-feed';
import { otherLanguages } from '../../lib/languages';
import { site } from '../../site.config';

export const getStaticPaths: GetStaticPaths = () => otherLanguages(site.lang).map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => feedResponse('json', languageChannel(params.lang!, 'json'), await languageFeedItems(params.lang!));
