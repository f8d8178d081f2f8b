/**
 * What a reader's browser fetches for a first search: serves a build, opens
 * /search/?q=<word> in a fresh Chromium context (empty cache), waits until results show and
 * the network is idle, and sums the response bodies.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';

/** One response the page received. */
export interface FetchedResource {
  /** Path and query, without the origin. */
  url: string;
  /** Playwright's resource type (document, script, fetch, …). */
  type: string;
  /** HTTP status. */
  status: number;
  /** Bytes of the response body, as the test server sends it (uncompressed). */
  bytes: number;
  /** Bytes a compressing host would send: text types gzipped, others (WebAssembly, Pagefind's pre-gzipped index files) as they are. */
  compressedBytes: number;
}

/** The cost of one first search. */
export interface SearchCost {
  /** The word searched for. */
  query: string;
  /** Results shown when the page settled. */
  results: number;
  /** Sum of the response bodies, in bytes, uncompressed (the budget figure). */
  bytes: number;
  /** The same responses as a host that gzips text would send them. */
  compressedBytes: number;
  /** Bytes by resource type. */
  byType: Record<string, number>;
  /** Every response, in order. */
  resources: FetchedResource[];
}

/** Where the search page lists its results. */
export const RESULTS_SELECTOR = '.search-list > li';

/** Measures a first search for `query` on the build in `dist` (served at the root). */
export async function measureSearch(dist: string, query: string, selector = RESULTS_SELECTOR): Promise<SearchCost> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pending: Promise<FetchedResource | undefined>[] = [];
    context.on('response', (response) => {
      pending.push(
        response
          .body()
          .then((body) => {
            const url = new URL(response.url());
            const text = /^(text\/|application\/(javascript|json|xml)|image\/svg)/.test(response.headers()['content-type'] ?? '');
            return {
              url: url.pathname + url.search,
              type: response.request().resourceType(),
              status: response.status(),
              bytes: body.length,
              compressedBytes: text ? gzipSync(body, { level: 6 }).length : body.length,
            };
          })
          .catch(() => undefined),
      );
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    try {
      await page.waitForSelector(selector, { timeout: 60_000 });
    } catch {
      throw new Error(`No search results (${selector}) for "${query}" within 60 s.${errors.length ? ` Page errors: ${errors.join('; ')}` : ''}`);
    }
    await page.waitForLoadState('networkidle');
    const results = await page.locator(selector).count();
    const resources = (await Promise.all(pending)).filter((r): r is FetchedResource => r !== undefined);
    const byType: Record<string, number> = {};
    for (const r of resources) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
    await context.close();
    const sum = (key: 'bytes' | 'compressedBytes') => resources.reduce((total, r) => total + r[key], 0);
    return { query, results, bytes: sum('bytes'), compressedBytes: sum('compressedBytes'), byType, resources };
  } finally {
    await browser.close();
    await server.close();
  }
}
