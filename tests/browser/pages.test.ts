/**
 * Every page of the demo site in real Chromium: reachable, no console error, no failed
 * request, nothing loaded from another origin, no accessibility violation (axe-core,
 * WCAG 2.2 A/AA and best practices) in light and dark color schemes; keyboard basics;
 * screenshots at phone and desktop widths for people to look at (test-results/screenshots).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { root } from '../helpers/build';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

const demo = inject('demoDist');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const screenshots = join(root, 'test-results', 'screenshots');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(demo);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Site paths listed in the sitemap, the pages a crawler and a reader can reach. */
function sitemapPaths(): string[] {
  const index = readFileSync(join(demo, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) =>
    [...readFileSync(join(demo, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
}

/** Opens a page and records what went wrong while it loaded. */
async function visit(page: Page, path: string) {
  const problems: string[] = [];
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  };
  const onPageError = (err: Error) => problems.push(`page error: ${err.message}`);
  const onFailed = (req: { url(): string; failure(): { errorText: string } | null }) =>
    problems.push(`failed request: ${req.url()} ${req.failure()?.errorText}`);
  const onRequest = (req: { url(): string }) => {
    const url = new URL(req.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== server.origin) problems.push(`third-party request: ${req.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onFailed);
  page.on('request', onRequest);
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  page.off('console', onConsole);
  page.off('pageerror', onPageError);
  page.off('requestfailed', onFailed);
  page.off('request', onRequest);
  return { status: response?.status(), problems };
}

describe('every page in the sitemap', () => {
  const paths = sitemapPaths();

  it('lists the site', () => {
    expect(paths).toContain('/');
    expect(paths.length).toBeGreaterThan(50);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`loads cleanly and has no axe violation in ${colorScheme} mode`, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of paths) {
        const { status, problems } = await visit(page, path);
        if (status !== 200) failures.push(`${path}: HTTP ${status}`);
        failures.push(...problems.map((p) => `${path}: ${p}`));
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const v of results.violations) {
          failures.push(`${path}: axe ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      await context.close();
      expect(failures).toEqual([]);
    }, 600_000);
  }
});

describe('the accessibility gate', () => {
  it('fails on a page with an image without alt text', async () => {
    const bad = await serveStatic(join(root, 'tests', 'fixtures', 'bad-pages'));
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.route('https://**/*', (route) => route.abort());
    await page.goto(bad.url);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    await context.close();
    await bad.close();
    expect(results.violations.map((v) => v.id)).toContain('image-alt');
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { text: el.textContent, href: el.getAttribute('href'), top: box.top, outline: style.outlineStyle };
    });
    expect(skip).toMatchObject({ text: 'Skip to content', href: '#main' });
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('shows a visible focus ring on links', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as HTMLElement);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('screenshots', () => {
  it('saves home, a post, the tracker and search at phone and desktop widths', async () => {
    mkdirSync(screenshots, { recursive: true });
    const shots = { home: '/', post: '/progress/week-13/', tracker: '/plan/', search: '/search/?q=encryption' };
    for (const [width, height, label] of [[375, 812, 'phone'], [1280, 900, 'desktop']] as const) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(shots)) {
        const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
        expect(response?.status(), path).toBe(200);
        // No horizontal scrolling at any width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(screenshots, `${name}-${label}.png`), fullPage: true });
      }
      await context.close();
    }
  }, 120_000);
});
