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
 * - ROLLDOWN_WORKER_THREADS / ROLLDOWN_MAX_BLOCKING_THREADS = 1: bundling is the build's
 *   memory peak (Rolldown holds every MDX module at once); with one thread instead of one per
 *   core it peaked at ~2.0 GB for 5,000 posts in three runs, against 2.05-2.38 GB with the
 *   default, for about the same bundling time on two cores (the MDX is compiled in Node's
 *   main thread either way).
 */
export const ASTRO_BUILD_ENV: Readonly<Record<string, string>> = {
  [SEARCH_INDEX_AFTER_BUILD]: '1',
  MIMALLOC_PURGE_DELAY: '0',
  ROLLDOWN_WORKER_THREADS: '1',
  ROLLDOWN_MAX_BLOCKING_THREADS: '1',
};
