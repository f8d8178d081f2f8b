/**
 * Search in real Chromium over the built fixture and demo sites: from the header box to a
 * result, distinctive words found first with the match highlighted, filters that change
 * the results and live in the address bar, nothing from navigation, drafts or scheduled
 * posts, no console error or CSP violation, a base-path build, and the dev server's
 * plain message when there is no index.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { root, runsDir, TEST_NOW } from '../helpers/build';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { axeFailures } from '../helpers/axe';
import { useAstroLane } from '../helpers/lanes';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');
const DEV_NO_INDEX = 'Search works on a production build: run npm run build, then npm run preview.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records console errors, page errors, CSP violations and requests to other origins. */
interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

const opened: WatchedPage[] = [];

/** Opens a fresh page in its own context, watching for problems. */
async function openPage(origin: string, colorScheme: 'light' | 'dark' = 'light'): Promise<WatchedPage> {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) problems.push(`third-party request: ${req.url()}`);
  });
  const watched = { page, context, problems };
  opened.push(watched);
  return watched;
}

afterEach(async () => {
  const all = opened.splice(0);
  for (const { context } of all) await context.close();
  expect(all.flatMap((w) => w.problems)).toEqual([]);
});

/** Waits until the results announced in the live region are for `query` (or say nothing was found). */
async function waitForResults(page: Page, query: string): Promise<string> {
  await page.waitForFunction(
    (q) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return text.includes(`“${q}”`);
    },
    query,
    { timeout: 15_000 },
  );
  return (await page.textContent('#search-status')) ?? '';
}

/** The result links on the page, in order. */
async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('.search-list li h3 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('search on the fixture site', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(fixture);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('goes from the header search box on the home page to the right post', async () => {
    const { page } = await openPage(server.origin);
    await page.goto(server.url);
    await page.fill('#site-search', 'marmalunk');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${server.url}search/?q=marmalunk`);
    expect(await waitForResults(page, 'marmalunk')).toBe('1 result for “marmalunk”');
    expect(await page.inputValue('#search-q')).toBe('marmalunk');
    expect((await resultLinks(page))[0]).toBe('/webinars/week-1-live/');
    await page.click('.search-list li h3 a');
    await page.waitForURL(`${server.url}webinars/week-1-live/`);
    expect(await page.textContent('h1')).toBe('Webinar 1: the plan, live');
  });

  for (const [word, url, kind] of [
    ['marmalunk', '/webinars/week-1-live/', 'Webinar'],
    ['guessabilitron', '/audits/appsec/', 'Audit'],
    ['frankfurtian', '/routing/2026-09-15-regions/', 'Data-routing disclosure'],
    ['zanzibarite', '/statements/apology/', 'Statement'],
  ] as const) {
    it(`finds "${word}" (only in ${url}) first, with kind, date and the match highlighted`, async () => {
      const { page } = await openPage(server.origin);
      await page.goto(`${server.url}search/?q=${word}`);
      await waitForResults(page, word);
      expect((await resultLinks(page))[0]).toBe(url);
      const first = page.locator('.search-list li').first();
      expect(await first.locator('.search-meta').textContent()).toMatch(new RegExp(`^${kind} · \\w+ \\d{1,2}, 2026$`));
      expect(await first.locator('.search-meta time').getAttribute('datetime')).toMatch(/^2026-\d\d-\d\dT/);
      expect((await first.locator('.search-excerpt mark').allTextContents()).join(' ')).toContain(word);
    });
  }

  it('keeps the address bar in step while typing, without adding history entries', async () => {
    const { page } = await openPage(server.origin);
    await page.goto(`${server.url}search/`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('Type'));
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#search-q').pressSequentially('frankfurtian');
    await waitForResults(page, 'frankfurtian');
    expect(page.url()).toBe(`${server.url}search/?q=frankfurtian`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect((await resultLinks(page))[0]).toBe('/routing/2026-09-15-regions/');
  });

  it('narrows by kind and year, keeps the filters in a shareable link, and lists a kind without words', async () => {
    const { page } = await openPage(server.origin);
    await page.goto(`${server.url}search/?q=waiting`);
    await waitForResults(page, 'waiting');
    const all = await resultLinks(page);
    expect(all).toEqual(expect.arrayContaining(['/progress/week-1/', '/progress/week-2/', '/guides/meeting-passwords/']));

    await page.selectOption('#search-kind', 'guides');
    await page.waitForURL(`${server.url}search/?q=waiting&kind=guides`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent === '1 result for “waiting”');
    expect(await resultLinks(page)).toEqual(['/guides/meeting-passwords/']);

    await page.selectOption('#search-year', '2026');
    await page.waitForURL(`${server.url}search/?q=waiting&kind=guides&year=2026`);
    expect(await page.$$eval('#search-year option', (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['', '2026']);

    await page.reload();
    await waitForResults(page, 'waiting');
    expect(await page.inputValue('#search-kind')).toBe('guides');
    expect(await resultLinks(page)).toEqual(['/guides/meeting-passwords/']);

    await page.fill('#search-q', '');
    await page.selectOption('#search-kind', 'progress');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent === '2 results');
    expect(await resultLinks(page)).toEqual(['/progress/week-2/', '/progress/week-1/']);
    expect(page.url()).toBe(`${server.url}search/?kind=progress&year=2026`);
  });

  it('orders by date on request', async () => {
    const { page } = await openPage(server.origin);
    await page.goto(`${server.url}search/?q=defaults&sort=date`);
    await waitForResults(page, 'defaults');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(1);
    const dates = await page.$$eval('.search-list time', (t) => t.map((x) => x.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  for (const word of ['Subscribe', 'analytics', 'xylodraftum', 'futurollax']) {
    it(`finds nothing for "${word}" (navigation, footer, draft or scheduled post) and points to the archive`, async () => {
      const { page } = await openPage(server.origin);
      await page.goto(`${server.url}search/?q=${word}`);
      expect(await waitForResults(page, word)).toBe(`Nothing found for “${word}”.`);
      expect(await resultLinks(page)).toEqual([]);
      expect(await page.isVisible('[data-search-none] a[href="/archive/"]')).toBe(true);
    });
  }

  it('does not load Pagefind on article pages', async () => {
    const { page } = await openPage(server.origin);
    const requested: string[] = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await page.goto(`${server.url}progress/week-1/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('pagefind'))).toEqual([]);
    expect(await page.$$('script')).toHaveLength(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`labels the controls, announces results, and has no axe violation with results shown (${colorScheme})`, async () => {
      const { page } = await openPage(server.origin, colorScheme);
      await page.goto(`${server.url}search/?q=defaults`);
      await waitForResults(page, 'defaults');
      for (const id of ['search-q', 'search-kind', 'search-year', 'search-sort']) {
        expect(await page.textContent(`label[for="${id}"]`), id).toBeTruthy();
      }
      expect(await page.getAttribute('#search-status', 'aria-live')).toBe('polite');
      await page.focus('#search-q');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
      expect(await axeFailures(page)).toEqual([]);
    });
  }
});

describe('search on the demo site', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(demo);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a first query from the home page, fetching only from the site itself', async () => {
    const { page } = await openPage(server.origin);
    await page.goto(server.url);
    let pageBytes = 0;
    let queryBytes = 0;
    let searching = false;
    page.on('response', async (response) => {
      const size = (await response.body().catch(() => Buffer.alloc(0))).length;
      if (searching) queryBytes += size;
      else pageBytes += size;
    });
    await page.fill('#site-search', 'waiting rooms');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${server.url}search/?q=waiting+rooms`);
    const status = await waitForResults(page, 'waiting rooms');
    expect(status).toMatch(/^\d+ results? for “waiting rooms”$/);
    await page.waitForLoadState('networkidle');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(1);
    expect(links.every((l) => /^\/[a-z-]+\/[^/]+\/$/.test(l))).toBe(true);

    // A second query, typed on the search page: what a query costs once search is loaded.
    searching = true;
    await page.fill('#search-q', 'bug bounty');
    await waitForResults(page, 'bug bounty');
    await page.waitForLoadState('networkidle');
    console.log(`search on the demo site: ${pageBytes} bytes to reach the first results, ${queryBytes} bytes for the next query`);
    expect(pageBytes).toBeGreaterThan(0);
  });

  it('works under the Content-Security-Policy header that static hosts send (public/_headers) as well', async () => {
    const headers = readFileSync(join(demo, '_headers'), 'utf8');
    const policy = headers.match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1];
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const { page, context } = await openPage(server.origin);
    // Serve every response with the header, on top of the page's own <meta> policy: both apply.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy! } });
    });
    await page.goto(`${server.url}search/?q=encryption`);
    const status = await waitForResults(page, 'encryption');
    expect(status).toMatch(/^\d+ results? for “encryption”$/);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
  });

  it('shows more results on request and moves focus to the first new one', async () => {
    const { page } = await openPage(server.origin);
    await page.goto(`${server.url}search/?q=the`);
    const status = await waitForResults(page, 'the');
    const total = Number(status.split(' ')[0]);
    expect(total).toBeGreaterThan(10);
    expect(await page.$$('.search-list li')).toHaveLength(10);
    await page.click('.search-more');
    await page.waitForFunction((n) => document.querySelectorAll('.search-list li').length === n, Math.min(total, 20));
    const focused = await page.evaluate(() => document.activeElement?.closest('li'));
    expect(focused).not.toBeNull();
    expect(await page.evaluate(() => [...document.querySelectorAll('.search-list li')].indexOf(document.activeElement!.closest('li')!))).toBe(10);
  });
});

describe('search on a build under a base path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(inject('fixtureBaseDist'), '/trust/');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('searches from the header and links results under /trust/', async () => {
    const { page } = await openPage(server.origin);
    await page.goto(server.url);
    await page.fill('#site-search', 'zanzibarite');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${server.origin}/trust/search/?q=zanzibarite`);
    await waitForResults(page, 'zanzibarite');
    expect(await resultLinks(page)).toEqual(['/trust/statements/apology/']);
    await page.click('.search-list li h3 a');
    await page.waitForURL(`${server.origin}/trust/statements/apology/`);
    expect(await page.textContent('h1')).toBe('We are sorry');
  });
});

describe('search in the dev server (npm run dev)', () => {
  useAstroLane();
  /** Starts `astro dev` on the fixture content, beside any other dev server, and returns its URL. */
  async function startDev(outDir: string): Promise<{ url: string; child: ChildProcess; output: () => string }> {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--ignore-lock', '--port', '4460'], {
      cwd: root,
      env: {
        // Without what Vitest puts in process.env: Vite's variables would reach Astro as
        // import.meta.env, and with VITEST set Astro's dev server serves no pages.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST\w*|TEST|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/.test(key))),
        SITE_NOW: TEST_NOW,
        CONTENT_DIR: 'tests/fixtures/site',
        OUT_DIR: outDir,
        CACHE_DIR: join(runsDir, 'search-dev-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGTERM');
        reject(new Error(`astro dev did not start:\n${output}`));
      }, 60_000);
      const check = () => {
        const match = output.match(/Local\s+(http:\/\/\S+\/)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', check);
      child.on('exit', () => reject(new Error(`astro dev exited:\n${output}`)));
    });
    return { url, child, output: () => output };
  }

  /** Stops a dev server this test started. */
  async function stopDev(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  it('says plainly how to get an index when there is none, then uses the last build’s index and says so', async () => {
    const outDir = join(runsDir, 'search-dev', 'dist');
    rmSync(outDir, { recursive: true, force: true });
    const dev = await startDev(outDir);
    try {
      const { page, problems } = await openPage(new URL(dev.url).origin);
      await page.goto(`${dev.url}search/?q=marmalunk`);
      await page.waitForSelector('[data-search-notice="dev-no-index"]:not([hidden])', { timeout: 30_000 });
      expect((await page.textContent('[data-search-notice="dev-no-index"]'))?.trim()).toBe(DEV_NO_INDEX);
      expect(await resultLinks(page)).toEqual([]);
      // The browser reports the missing bundle as a failed load: expected here, and only here.
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((p) => !/status of 404 \(Not Found\)/.test(p))).toEqual([]);
      problems.length = 0;

      // A production build happened since: the dev server serves its index.
      cpSync(join(fixture, 'pagefind'), join(outDir, 'pagefind'), { recursive: true });
      await page.reload();
      await waitForResults(page, 'marmalunk');
      expect(await page.isVisible('[data-search-notice="dev-last-build"]')).toBe(true);
      expect(await page.isVisible('[data-search-notice="dev-no-index"]')).toBe(false);
      expect((await resultLinks(page))[0]).toBe('/webinars/week-1-live/');
    } finally {
      await stopDev(dev.child);
    }
  });
});
