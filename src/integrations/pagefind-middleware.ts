/**
 * Build-time middleware: every generated HTML page is handed to Pagefind as soon as it is
 * rendered (see pagefind-stream.ts); nothing is awaited here, so page generation does not
 * wait for the indexer. Does nothing under `astro dev`.
 */
import { defineMiddleware } from 'astro:middleware';
import { separateBlocks } from '../lib/search-html';
import { currentStream } from './pagefind-stream';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const stream = currentStream();
  const type = response.headers.get('content-type') ?? '';
  if (!stream || response.status !== 200 || !/text\/html/.test(type)) return response;
  const html = await response.clone().text();
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const path = context.url.pathname;
  const url = `/${path.startsWith(base) ? path.slice(base.length) : path.replace(/^\/+/, '')}`;
  stream.pending.push(
    stream.index
      .then(async ({ index, errors }) => {
        if (!index) return errors;
        const added = await index.addHTMLFile({ url, content: separateBlocks(html) });
        return added.errors.map((e) => `${url}: ${e}`);
      })
      // Kept for build:done to report: a rejection left unhandled would end the build silently.
      .catch((error: unknown) => [`${url}: ${error instanceof Error ? error.message : String(error)}`]),
  );
  return response;
});
