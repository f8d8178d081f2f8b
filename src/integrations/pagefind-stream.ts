/**
 * Hands each page to Pagefind while Astro is still generating the others, so indexing runs
 * in Pagefind's own process on the second core instead of after the build. The middleware
 * (rendered pages) and the integration (build done) live in different module graphs of the
 * same build process, so they meet through one well-known global.
 */
import * as pagefindApi from 'pagefind';

/** The indexing run of this build, shared by the middleware and the integration. */
export interface PageStream {
  /** The Pagefind index, created on the first page. */
  index: Promise<Awaited<ReturnType<typeof pagefindApi.createIndex>>>;
  /** One promise per page handed over, resolving to its errors (prefixed with its URL). */
  pending: Promise<string[]>[];
}

const KEY = Symbol.for('trust-site.pagefind-stream');

/** The current build's stream, if pages have been handed over. */
export function currentStream(): PageStream | undefined {
  return (globalThis as Record<symbol, PageStream | undefined>)[KEY];
}

/** Starts a new stream (called when a build starts) or clears it (`undefined`). */
export function resetStream(stream?: PageStream): void {
  (globalThis as Record<symbol, PageStream | undefined>)[KEY] = stream;
}
