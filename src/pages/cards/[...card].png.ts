/**
 * /cards/<key>.png: the 1200×630 share card of a published post, the home page, /plan/ and
 * each commitment (data/share-cards.ts). A build writes these files beside the pages, so this
 * route has no paths of its own then; the dev server draws them here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardEntries, cardPng, pruneCardCache, writeCardsDuringBuild, type CardEntry } from '../../data/share-cards';

export const getStaticPaths: GetStaticPaths = async () => {
  const entries = await cardEntries();
  pruneCardCache(entries);
  if (writeCardsDuringBuild(entries)) return [];
  return entries.map((entry) => ({ params: { card: entry.key }, props: { entry } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CardEntry };
  const png = await cardPng(entry.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
