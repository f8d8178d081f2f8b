/**
 * SITE_URL as deployers write it. Without a scheme, the build and the check stop at once
 * with the variable, the value and the fix. With a path ("https://example.com/trust"), the
 * path is the base path: canonical links, the sitemap, feeds and internal links all agree
 * (one extra build of the small fixture site).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro, TEST_NOW, type AstroRun } from '../helpers/build';
import { runProjectScript } from '../helpers/run-script';
import { findBrokenLinks, listFiles, readPage } from '../../scripts/lib/dist-files';

const NO_SCHEME = 'SITE_URL is "example.com", which has no scheme (https://). Write the full address of the site, e.g. SITE_URL=https://example.com.';

/** Runs `npm run check -- --content-only` on the fixture with extra environment. */
function check(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return runProjectScript('check.ts', ['--content-only'], { CONTENT_DIR: 'tests/fixtures/site', SITE_NOW: TEST_NOW, ASTRO_TELEMETRY_DISABLED: '1', ...env });
}

describe('a SITE_URL without a scheme', () => {
  it('stops the build before any page, naming the variable, the value and the fix', async () => {
    const run = await runAstro('build', { name: 'site-url-no-scheme', contentDir: 'tests/fixtures/site', env: { SITE_URL: 'example.com' } });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(NO_SCHEME);
    expect(run.output).not.toMatch(/generating static routes/i);
  });

  it('stops the check with the same message', async () => {
    const run = await check({ SITE_URL: 'example.com' });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`(environment)  ${NO_SCHEME}`);
  });

  it('a SITE_URL path that disagrees with BASE_PATH stops the check too', async () => {
    const run = await check({ SITE_URL: 'https://example.com/trust', BASE_PATH: '/docs/' });
    expect(run.code).toBe(1);
    expect(run.output).toContain('SITE_URL is "https://example.com/trust", whose path /trust/ differs from BASE_PATH "/docs/".');
  });
});

describe('a SITE_URL with a path (https://example.com/trust, BASE_PATH unset)', () => {
  let run: AstroRun;
  const site = 'https://example.com/trust/';
  const read = (path: string) => readFileSync(join(run.outDir, path), 'utf8');

  beforeAll(async () => {
    run = await runAstro('build', { name: 'site-url-path', contentDir: 'tests/fixtures/site', env: { SITE_URL: 'https://example.com/trust', BASE_PATH: '' } });
    if (run.code !== 0) throw new Error(run.output);
  });

  it('gives canonical links under the path, once', () => {
    const canonical = (file: string) => readPage(run.outDir, file).querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(canonical('index.html')).toBe(site);
    expect(canonical('progress/week-2/index.html')).toBe(`${site}progress/week-2/`);
    expect(canonical('plan/index.html')).toBe(`${site}plan/`);
  });

  it('lists the same addresses in the sitemap', () => {
    const locs = listFiles(run.outDir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .flatMap((f) => [...read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(locs).toContain(`${site}progress/week-2/`);
    expect(locs).toContain(site);
    expect(locs.filter((loc) => !loc.startsWith(site) || loc.startsWith(`${site}trust/`))).toEqual([]);
    expect(read('sitemap-index.xml')).toContain(`<loc>${site}sitemap-0.xml</loc>`);
  });

  it('uses the same addresses in the feeds', () => {
    const rss = parseFeed(read('rss.xml'));
    const atom = parseFeed(read('atom.xml'));
    const json = JSON.parse(read('feed.json'));
    expect(rss.url).toBe(site);
    expect(rss.self).toBe(`${site}rss.xml`);
    expect(atom.self).toBe(`${site}atom.xml`);
    expect(json.feed_url).toBe(`${site}feed.json`);
    expect(json.home_page_url).toBe(site);
    const week2 = `${site}progress/week-2/`;
    expect(rss.items.map((i) => i.url)).toContain(week2);
    expect(atom.items.map((i) => i.url)).toContain(week2);
    expect(json.items.map((i: { url: string }) => i.url)).toContain(week2);
  });

  it('never drops or doubles the path, in any page, feed or data file', () => {
    for (const file of listFiles(run.outDir).filter((f) => /\.(html|xml|json|csv|ics|txt)$/.test(f) && !f.startsWith('pagefind/'))) {
      const text = read(file);
      expect(text, file).not.toContain('https://example.com/trust/trust/');
      expect(text.match(/https:\/\/example\.com(?!\/trust\/)[^\s"'<)]*/g) ?? [], file).toEqual([]);
    }
  });

  it('serves every internal link under /trust/', () => {
    expect(findBrokenLinks(run.outDir, '/trust/', 'https://example.com')).toEqual([]);
  });
});
