/**
 * What `npm run build` adds to the environment of `astro build` (scripts/build.ts), shared
 * with the benchmark so that it measures the build as the site is really built.
 */
import { SEARCH_INDEX_AFTER_BUILD } from '../../src/integrations/pagefind.ts';

/**
 * - SEARCH_INDEX_AFTER_BUILD: the Pagefind integration leaves the search index to
 *   scripts/search-index.ts, which runs beside Astro and writes once Astro has exited.
 * - MIMALLOC_PURGE_DELAY=0: Rolldown (Vite's bundler, native code) allocates with mimalloc,
 *   which by default keeps freed memory for a while; bundling 5,000 MDX posts frees
 *   hundreds of MB that then stay resident through page generation. With no delay the
 *   memory goes back to the system as soon as it is freed.
 */
export const ASTRO_BUILD_ENV: Readonly<Record<string, string>> = {
  [SEARCH_INDEX_AFTER_BUILD]: '1',
  MIMALLOC_PURGE_DELAY: '0',
};
