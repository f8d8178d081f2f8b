/**
 * Every page of the demo site in real Chromium: reachable, no console error, no failed
 * request, nothing loaded from another origin. No accessibility violation (axe-core, WCAG 2.2
 * A/AA and best practices) on every page of the main language, on every translated post, and
 * on one page of each page type (the route that renders it) in each other language: a page of
 * /es/ or /de/ that is not a translation has the body of a page scanned in English, and only
 * its interface words differ, the same on every page of its type. In the dark color scheme,
 * one page of each page type loads and is scanned: only colours change there (no dark-only
 * script or file), and the dark theme's colours are proven for every text and background pair
 * by tests/browser/theme-contrast.test.ts. Keyboard basics; screenshots at phone and desktop
 * widths for people to look at (test-results/screenshots).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site';
import { root } from '../helpers/build';
import { axeFailures, axeViolations } from '../helpers/axe';
import { isLanguage, languageOfPath } from '../../src/lib/languages';
import { parseTranslationName } from '../../src/lib/translation-files';
import { POST_KINDS } from '../../src/lib/vocabulary';
import { serveStatic } from '../../scripts/lib/static-server';

const demo = inject('demoDist');
const screenshots = join(root, 'test-results', 'screenshots');

const site = useBrowserSite(demo);

/** Site paths listed in the sitemap, the pages a crawler and a reader can reach. */
function sitemapPaths(): string[] {
  const index = readFileSync(join(demo, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) => [...readFileSync(join(demo, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
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
    if (/^https?:$/.test(url.protocol) && url.origin !== site.server.origin) problems.push(`third-party request: ${req.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onFailed);
  page.on('request', onRequest);
  const response = await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
  page.off('console', onConsole);
  page.off('pageerror', onPageError);
  page.off('requestfailed', onFailed);
  page.off('request', onRequest);
  return { status: response?.status(), problems };
}

/** The route files of the site's HTML pages as segment lists: ["plan", "[id]"], ["[kind]", "[...page]"], [] for the home page. */
function routes(): string[][] {
  const pages = join(root, 'src', 'pages');
  return readdirSync(pages, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro') && file !== '404.astro')
    .map((file) =>
      file
        .replace(/\.astro$/, '')
        .split(/[\\/]/)
        .filter((segment) => segment !== 'index'),
    );
}

/**
 * How well a route matches a path, segment by segment (lower is better, as Astro ranks
 * routes: a fixed name before a [param] before a [...rest]); undefined when it does not match.
 * A number is a page of a list ([...page]): the loaders refuse a post named like one.
 */
function matchScore(route: string[], segments: string[]): number[] | undefined {
  const [head, ...rest] = route;
  if (head === undefined) return segments.length === 0 ? [] : undefined;
  if (head.startsWith('[...')) return segments.every((s) => /^\d+$/.test(s)) ? [2] : undefined;
  const [segment, ...others] = segments;
  if (segment === undefined) return undefined;
  // [lang] is a language code only (/es/…); any other name is not a page in another language.
  if (head === '[lang]' && !isLanguage(segment)) return undefined;
  const score = head === segment ? 0 : head.startsWith('[') ? (/^\d+$/.test(segment) ? 3 : 1) : undefined;
  const tail = score === undefined ? undefined : matchScore(rest, others);
  return tail && [score!, ...tail];
}

/** The route file that renders a site path: the best-ranked match. */
function routeOf(path: string, routeList: string[][]): string[] {
  const segments = path.split('/').filter(Boolean);
  const ranked = routeList
    .map((route) => ({ route, score: matchScore(route, segments) }))
    .filter((r): r is { route: string[]; score: number[] } => r.score !== undefined)
    .sort((a, b) => a.score.join().localeCompare(b.score.join()));
  if (!ranked[0]) throw new Error(`No route file in src/pages/ renders ${path}`);
  return ranked[0].route;
}

/**
 * The page type of a site path: the route file that renders it, with the value of a [kind]
 * parameter kept (each kind of post has its own components): "/progress/week-3/" is
 * "progress/[slug]", "/progress/2/" is "progress/[...page]", "/about/" is "about".
 */
function pageType(path: string, routeList: string[][]): string {
  const segments = path.split('/').filter(Boolean);
  return (
    routeOf(path, routeList)
      .map((segment, i) => (segment === '[kind]' ? segments[i] : segment))
      .join('/') || '(home)'
  );
}

/** The first path of each page type, in sitemap order; `perLanguage` takes one per type in each language. */
function onePerType(paths: string[], perLanguage = false): string[] {
  const routeList = routes();
  const seen = new Map<string, string>();
  for (const path of paths) {
    const type = pageType(path, routeList);
    const key = perLanguage ? `${languageOfPath(path, 'en')} ${type}` : type;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values()];
}

/** The site paths of the demo's translated posts, from their files (content/progress/week-13.es.mdx is /es/progress/week-13/). */
function translationPaths(): string[] {
  return POST_KINDS.flatMap((kind) =>
    readdirSync(join(root, 'content', kind))
      .map((file) => parseTranslationName(file))
      .filter((name) => name !== undefined)
      .map((name) => `/${name.lang}/${kind}/${name.slug}/`),
  );
}

/** The pages axe scans in the light scheme: every page in English, every translated post, and one page per type in each other language. */
function lightScanned(paths: string[]): Set<string> {
  return new Set([...paths.filter((path) => languageOfPath(path, 'en') === 'en'), ...translationPaths(), ...onePerType(paths, true)]);
}

/** What went wrong on one page: its status, load problems, and axe's violations when `scan`. */
async function checkPage(page: Page, path: string, scan: boolean): Promise<string[]> {
  const { status, problems } = await visit(page, path);
  const failures = status === 200 ? [] : [`HTTP ${status}`];
  failures.push(...problems);
  if (scan) failures.push(...(await axeFailures(page)));
  // Let requests still running after "load" (the favicon) end here: the next page's navigation
  // would abort them and report them there.
  await page.waitForLoadState('networkidle');
  return failures;
}

describe('every page in the sitemap', () => {
  const paths = sitemapPaths();

  it('lists the site', () => {
    expect(paths).toContain('/');
    expect(paths.length).toBeGreaterThan(50);
  });

  it('groups the pages by the route that renders them', () => {
    const routeList = routes();
    expect(
      [
        '/',
        '/about/',
        '/progress/',
        '/progress/2/',
        '/progress/week-3/',
        '/audits/2026-11-appsec-audit/',
        '/changes/',
        '/changes/data/regions/',
        '/plan/',
        '/plan/e2ee/',
        '/tags/encryption/',
        '/es/',
        '/es/progress/2/',
        '/de/statements/apology/',
      ].map((path) => pageType(path, routeList)),
    ).toEqual([
      '(home)',
      'about',
      'progress/[...page]',
      'progress/[...page]',
      'progress/[slug]',
      'audits/[slug]',
      'changes/[...page]',
      'changes/data/[slug]',
      'plan',
      'plan/[id]',
      'tags/[tag]',
      '[lang]',
      '[lang]/progress/[...page]',
      '[lang]/statements/[slug]',
    ]);
    const chosen = onePerType(paths);
    expect(chosen).toContain('/progress/week-1/');
    expect(chosen).not.toContain('/progress/week-2/');
    // Every page route file (but 404) renders a page of the sitemap, so each has a page in the dark scan.
    const routeName = (route: string[]) => route.join('/') || '(home)';
    expect(new Set(chosen.map((path) => routeName(routeOf(path, routeList))))).toEqual(new Set(routeList.map(routeName)));
  });

  it('scans every translated post and, in each other language, one page of each type', () => {
    const translations = translationPaths();
    expect(translations).toEqual(expect.arrayContaining(['/es/statements/apology/', '/de/progress/week-13/']));
    expect(paths).toEqual(expect.arrayContaining(translations));
    const scanned = lightScanned(paths);
    for (const path of ['/', '/progress/week-2/', '/es/statements/apology/', '/de/progress/week-13/']) expect(scanned.has(path), path).toBe(true);
    const routeList = routes();
    for (const lang of ['es', 'de']) {
      const typesOf = (list: string[]) => new Set(list.filter((path) => path.startsWith(`/${lang}/`)).map((path) => pageType(path, routeList)));
      expect(typesOf([...scanned]), lang).toEqual(typesOf(paths));
    }
    // Week 2 has no translation: its /es/ page is the English body under Spanish words, as is week 1's, scanned for its type.
    expect(scanned.has('/es/progress/week-1/') && scanned.has('/es/progress/week-2/')).toBe(false);
  });

  // One test per page and scheme (one tab per scheme): each page has its own time limit and report.
  const scannedInLight = lightScanned(paths);
  const inDark = onePerType(paths);
  for (const [colorScheme, pagePaths] of [
    ['light', paths],
    ['dark', inDark],
  ] as const) {
    describe(`in ${colorScheme} mode`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await (await site.browser.newContext({ colorScheme })).newPage();
      });
      afterAll(async () => page?.context().close());
      for (const path of pagePaths) {
        const scan = colorScheme === 'dark' || scannedInLight.has(path);
        it(`${path} loads cleanly${scan ? ', and axe finds no violation' : ''}`, async () => {
          expect(await checkPage(page, path, scan)).toEqual([]);
        });
      }
    });
  }
});

describe('the accessibility gate', () => {
  it('fails on a page with an image without alt text', async () => {
    const bad = await serveStatic(join(root, 'tests', 'fixtures', 'bad-pages'));
    const context = await site.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.route('https://**/*', (route) => route.abort());
    await page.goto(bad.url);
    const violations = await axeViolations(page);
    await context.close();
    await bad.close();
    expect(violations.map((v) => v.id)).toContain('image-alt');
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
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
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
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
    for (const [width, height, label] of [
      [375, 812, 'phone'],
      [1280, 900, 'desktop'],
    ] as const) {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(shots)) {
        const response = await page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
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
