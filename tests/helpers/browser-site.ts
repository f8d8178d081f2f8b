/**
 * The set-up the browser tests share: one headless Chromium and one local server of a built
 * site per test file, opened before the file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

/** A browser and a server of a built site, set once the file's first beforeAll has run. */
export interface BrowserSite {
  browser: Browser;
  server: StaticServer;
}

/** Call at the top of a test file: opens Chromium and serves `dist` for the file's tests. */
export function useBrowserSite(dist: string): BrowserSite {
  const site = {} as BrowserSite;
  beforeAll(async () => {
    site.browser = await launchBrowser();
    site.server = await serveStatic(dist);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
