/**
 * Smoke test of `npm run bench` at 20 posts: the script runs, both builds (the full site and
 * the minimal baseline) produce a page for every generated post, and bench.json carries
 * every figure. No timing is asserted: machines are noisy.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus, projectRoot } from '../../scripts/bench/generate-corpus.ts';
import type { BenchResult } from '../../scripts/bench/report.ts';
import { runsDir } from '../helpers/build';

const work = join(runsDir, 'bench-smoke');
const out = join(work, 'bench.json');
let result: BenchResult;
let output = '';

/** Runs the bench script on the pinned Node; resolves with its exit code. */
function runBench(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'bench', 'run.ts'), ...args], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

beforeAll(async () => {
  const code = await runBench(['--only', '20', '--search-size', '20', '--work', work, '--out', out, '--demo-dist', inject('demoDist'), '--keep']);
  expect(code, output).toBe(0);
  result = JSON.parse(readFileSync(out, 'utf8')) as BenchResult;
}, 600_000);

/** Post files of a generated corpus, as kind/slug. */
function corpusPosts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${d.name}/${f.slice(0, -4)}`),
    );
}

describe('npm run bench at 20 posts', () => {
  it('generates 20 posts of every kind, outside content/', () => {
    const [corpus] = result.corpora;
    expect(result.corpora).toHaveLength(1);
    expect(corpus!.posts).toBe(20);
    expect(corpus!.corpusDir.startsWith(join(projectRoot, 'content'))).toBe(false);
    const posts = corpusPosts(corpus!.corpusDir);
    expect(posts).toHaveLength(20);
    expect(new Set(posts.map((p) => p.split('/')[0]))).toEqual(new Set(['statements', 'progress', 'webinars', 'routing', 'audits', 'guides']));
    for (const file of ['commitments.yaml', 'regions.yaml', 'people.yaml']) expect(existsSync(join(corpus!.corpusDir, file))).toBe(true);
  });

  it('builds the full site and the baseline, each with a page for every post', () => {
    const corpus = result.corpora[0]!;
    const posts = corpusPosts(corpus.corpusDir);
    for (const build of [corpus.ours, corpus.baseline]) {
      expect(build.exitCode).toBe(0);
      expect(build.postPagesFound).toBe(20);
      const missing = posts.filter((p) => !existsSync(join(build.outDir, p, 'index.html')));
      expect(missing).toEqual([]);
    }
    // The baseline is the minimal site: no search index, no feeds; ours has both.
    expect(existsSync(join(corpus.baseline.outDir, 'pagefind'))).toBe(false);
    expect(existsSync(join(corpus.baseline.outDir, 'rss.xml'))).toBe(false);
    expect(existsSync(join(corpus.ours.outDir, 'rss.xml'))).toBe(true);
  });

  it('records time, memory, sizes and the ratio for both builds', () => {
    const corpus = result.corpora[0]!;
    for (const build of [corpus.ours, corpus.baseline]) {
      expect(build.wallMs).toBeGreaterThan(0);
      expect(build.cpuMs).toBeGreaterThan(0);
      expect(build.peakRssBytes).toBeGreaterThan(0);
      expect(build.distBytes).toBeGreaterThan(0);
      expect(build.htmlPages).toBeGreaterThanOrEqual(21);
      // The memory probe saw every phase, in order, and the peak falls in one of them.
      const phases = build.phases.map((p) => p.phase);
      expect(phases).toEqual([...phases].sort());
      expect(phases).toContain('4 vite server build, then generate pages');
      expect(phases).toContain('5 build:done hooks (sitemap)');
      expect(phases).toContain(build.peak.phase);
      expect(build.rssTimeline.length).toBeGreaterThan(0);
    }
    // Ours is built by `npm run build`'s script: the search indexer runs beside astro build
    // and reports how many of the 20 posts it indexed (some while Astro was building).
    expect(corpus.ours.pagefindIndexingMs).toBeGreaterThan(0);
    expect(corpus.ours.pagesIndexedWhileBuilding).toBeGreaterThanOrEqual(0);
    expect(corpus.ours.pagesIndexedWhileBuilding).toBeLessThanOrEqual(20);
    expect(corpus.ours.pagefindBytes).toBeGreaterThan(0);
    expect(corpus.ratio).toBeCloseTo(corpus.ours.wallMs / corpus.baseline.wallMs, 1);
    expect(result.machine.defaultHeapLimitBytes).toBeGreaterThan(0);
  });

  it('weighs the demo home page, a post page and the tracker, raw and gzip', () => {
    const pages = result.demo!.pages;
    for (const name of ['home', 'post', 'tracker']) {
      const page = pages[name]!;
      expect(page, name).toBeDefined();
      expect(page.html.raw).toBeGreaterThan(page.html.gzip);
      expect(page.html.gzip).toBeGreaterThan(0);
      expect(page.css.raw).toBeGreaterThan(0);
      expect(page.htmlCssGzip).toBe(page.html.gzip + page.css.gzip);
      expect(page.js.raw).toBeGreaterThanOrEqual(0);
    }
    expect(pages.tracker!.path).toBe('/plan/');
    expect(result.demo!.postPagesChecked).toBeGreaterThan(0);
  });

  it('measures a first search in Chromium', () => {
    const search = result.search!;
    expect(search.posts).toBe(20);
    expect(search.results).toBeGreaterThan(0);
    expect(search.bytes).toBeGreaterThan(0);
    expect(search.resources.some((r) => r.url.startsWith('/search/'))).toBe(true);
    expect(search.resources.some((r) => r.url.startsWith('/pagefind/'))).toBe(true);
    expect(search.bytes).toBe(search.resources.reduce((sum, r) => sum + r.bytes, 0));
    expect(search.compressedBytes).toBeGreaterThan(0);
    expect(search.compressedBytes).toBeLessThan(search.bytes);
  });

  it('states every budget, leaving those this run did not measure open', () => {
    const byId = Object.fromEntries(result.budgets.map((b) => [b.id, b]));
    expect(Object.keys(byId).sort()).toEqual([
      'build-1000-ratio',
      'build-5000-rss',
      'build-linear',
      'post-html-css',
      'post-js',
      'search-first-query',
      'search-first-query-uncompressed',
    ]);
    for (const id of ['build-1000-ratio', 'build-5000-rss', 'build-linear', 'search-first-query', 'search-first-query-uncompressed']) {
      expect(byId[id]!.measured, id).toBeNull();
      expect(byId[id]!.pass, id).toBeNull();
    }
    expect(byId['post-html-css']!.measured).toBe(result.demo!.maxPostHtmlCssGzip);
    expect(byId['post-js']!.measured).toBe(result.demo!.postJsBytes);
  });

  it('prints a table', () => {
    expect(output).toMatch(/posts\s+ours\s+baseline\s+ratio/);
    expect(output).toContain('Budgets');
  });
});

describe('the corpus generator', () => {
  it('refuses to write into content/', () => {
    expect(() => generateCorpus({ dir: join(projectRoot, 'content', 'bench'), count: 1, git: false })).toThrow(/content\/ folder/);
  });
});
