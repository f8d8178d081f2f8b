/**
 * `npm run bench`: builds the full site and a minimal Astro + MDX baseline from synthetic
 * corpora of 100, 1,000 and 5,000 posts, in the same run, and measures build time, peak
 * memory, output size and search index size; then the page weight of the demo site (home,
 * a post, the tracker) and the bytes a browser fetches for a first search on the
 * 1,000-post corpus. Writes bench-results/bench.json and prints a table with the budgets.
 *
 * Options: --sizes 100,1000,5000 | --only N, --repeat R (builds per size up to 1,000 posts,
 * the fastest counts; larger corpora are built once),
 * --work DIR (.tmp/bench), --out FILE, --search-size N (1000), --query WORD,
 * --demo-dist DIR (reuse a demo build), --no-demo, --no-search, --keep (keep the builds).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { CORPUS_NOW, generateCorpus, KIND_SHARES, projectRoot, type Corpus } from './generate-corpus.ts';
import { measureProcess, type ProcessRun } from './measure.ts';
import { pageWeight, postPaths, type PageWeight } from './page-weight.ts';
import { measureSearch, type SearchCost } from './search-cost.ts';
import { evaluateBudgets, printReport, type BenchResult, type BuildResult, type CorpusResult, type PhaseMark } from './report.ts';

const POST_KINDS = Object.keys(KIND_SHARES);
/** `astro build` through Astro's build(), plus a probe that records memory per phase. */
const ASTRO_BUILD = join(import.meta.dirname, 'astro-build.mjs');
/** `npm run build`: astro build, and the search indexer beside it (see the script). */
const BUILD_SCRIPT = join(projectRoot, 'scripts', 'build.ts');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    only: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    work: { type: 'string', default: join(projectRoot, '.tmp', 'bench') },
    out: { type: 'string', default: join(projectRoot, 'bench-results', 'bench.json') },
    'search-size': { type: 'string', default: '1000' },
    query: { type: 'string', default: 'encryption' },
    'demo-dist': { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const sizes = (values.only ?? values.sizes).split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes/--only must be positive integers, got "${values.only ?? values.sizes}".`);
const repeat = Math.max(1, Number(values.repeat));
const work = resolve(values.work);
const out = resolve(values.out);
const searchSize = Number(values['search-size']);
mkdirSync(work, { recursive: true });

/** The environment of every build: pinned "now", no telemetry, no colours, Node's default heap. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', SITE_NOW: CORPUS_NOW, ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

/** Total bytes of the files under a folder (0 when it does not exist). */
function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

/** Number of .html files under a folder. */
function htmlCount(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/**
 * Copies the site (src/, public/, the config files) into the work folder, with the
 * project's node_modules linked in. Astro writes <root>/.astro/content-modules.mjs on
 * every build, so two builds with different CONTENT_DIR in one root (another engineer's
 * test run, `astro dev`) would swap each other's list of MDX modules mid-build: each
 * benchmark build gets a root of its own. The copy is the working tree as it is now.
 */
function prepareSite(): string {
  const dir = join(work, 'site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Copies the baseline site into the work folder, with the project's node_modules linked in. */
function prepareBaseline(): string {
  const dir = join(work, 'baseline-site');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(import.meta.dirname, 'baseline'), dir, { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Builds one site from a corpus and measures it. */
async function build(which: 'ours' | 'baseline', corpus: Corpus, run: number, roots: { site: string; baseline: string }): Promise<BuildResult> {
  const name = `${which}-${corpus.posts.length}`;
  const outDir = join(work, name, 'dist');
  const cacheDir = join(work, name, 'cache');
  // A fresh output and cache folder for every run (cold builds); logs of earlier runs stay.
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(join(work, name), { recursive: true });
  rmSync(join(work, name, `phases-${run}.jsonl`), { force: true });
  const logFile = join(work, name, `build-${run}.log`);
  const phasesFile = join(work, name, `phases-${run}.jsonl`);
  const probe = { BENCH_PHASES_FILE: phasesFile };
  // Ours is built by `npm run build`'s own script (scripts/build.ts: astro build, with the
  // search indexer beside it), running astro build through the probe entry.
  const env =
    which === 'ours'
      ? buildEnv({ CONTENT_DIR: corpus.dir, OUT_DIR: outDir, CACHE_DIR: cacheDir, BUILD_ASTRO_ENTRY: ASTRO_BUILD, ...probe })
      : buildEnv({ BENCH_CORPUS: corpus.dir, OUT_DIR: outDir, CACHE_DIR: cacheDir, ...probe });
  process.stdout.write(`  ${which.padEnd(8)} ${String(corpus.posts.length).padStart(5)} posts, run ${run}: `);
  const cwd = which === 'ours' ? roots.site : roots.baseline;
  const result: ProcessRun = await measureProcess(process.execPath, [which === 'ours' ? BUILD_SCRIPT : ASTRO_BUILD], { cwd, env, logFile });
  const peakRssBytes = Math.max(result.peakTreeRssBytes, result.maxProcessRssBytes ?? 0);
  console.log(
    `${(result.wallMs / 1000).toFixed(1)} s (CPU ${((result.cpuMs ?? 0) / 1000).toFixed(1)} s), ${(peakRssBytes / 1e6).toFixed(0)} MB peak RSS${result.code ? `, FAILED (exit ${result.code}, log ${logFile})` : ''}`,
  );
  if (result.code !== 0) console.error(result.tail);
  const log = readFileSync(logFile, 'utf8');
  const indexed = /^search index: indexed \d+ pages(?: \((\d+) of them while Astro was building\))? .*? in (\d+) ms/m.exec(log);
  const phases = readPhases(phasesFile, result.startedAt);
  const peakPhase = [...phases].reverse().find((p) => p.atMs <= result.peakAtMs)?.phase ?? '1 load config';
  const found = corpus.posts.filter((p) => existsSync(join(outDir, p.kind, p.slug, 'index.html'))).length;
  return {
    exitCode: result.code,
    wallMs: Math.round(result.wallMs),
    peakRssBytes,
    peakTreeRssBytes: result.peakTreeRssBytes,
    maxProcessRssBytes: result.maxProcessRssBytes,
    cpuMs: result.cpuMs,
    phases,
    peak: { atMs: result.peakAtMs, phase: peakPhase },
    rssTimeline: result.timeline,
    pagefindIndexingMs: indexed ? Number(indexed[2]) : undefined,
    pagesIndexedWhileBuilding: indexed?.[1] ? Number(indexed[1]) : undefined,
    outDir,
    logFile,
    htmlPages: htmlCount(outDir),
    postPagesFound: found,
    distBytes: folderBytes(outDir),
    pagefindBytes: folderBytes(join(outDir, 'pagefind')),
  };
}

/** The probe's phase marks, with times relative to the start of the build process. */
function readPhases(file: string, startedAt: number): PhaseMark[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { phase: string; at: number; rss: number; heapUsed: number; heapTotal: number })
    .map((m) => ({ phase: m.phase, atMs: m.at - startedAt, rssBytes: m.rss, heapUsedBytes: m.heapUsed, heapTotalBytes: m.heapTotal }));
}

/** The fastest of several runs of one build (the one the ratios use), with every run's time. */
function fastest(runs: BuildResult[]): BuildResult {
  const best = [...runs].sort((a, b) => a.exitCode - b.exitCode || a.wallMs - b.wallMs)[0]!;
  return { ...best, runsMs: runs.map((r) => r.wallMs), peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)) };
}

/** Page weights of the demo site: home, the heaviest post, the tracker, and which post pages ship JavaScript. */
function demoWeights(dist: string): BenchResult['demo'] {
  const posts = postPaths(dist, join(projectRoot, 'content'), POST_KINDS);
  const weights = posts.map((p) => pageWeight(dist, p)!).filter(Boolean);
  const heaviest = [...weights].sort((a, b) => b.htmlCssGzip - a.htmlCssGzip)[0];
  const pages: Record<string, PageWeight | undefined> = {
    home: pageWeight(dist, '/'),
    post: heaviest,
    tracker: pageWeight(dist, '/plan/'),
  };
  return {
    dist,
    pages,
    postPagesChecked: weights.length,
    postPagesWithJs: weights.filter((w) => w.js.raw > 0).map((w) => w.path),
    postJsBytes: weights.reduce((sum, w) => sum + w.js.raw, 0),
    maxPostHtmlCssGzip: heaviest?.htmlCssGzip ?? 0,
  };
}

/** Builds the demo site (content/) for the page-weight figures. */
async function buildDemo(siteDir: string): Promise<string> {
  const dir = join(work, 'demo');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const outDir = join(dir, 'dist');
  process.stdout.write('  demo site: ');
  const run = await measureProcess(process.execPath, [ASTRO_BUILD], {
    cwd: siteDir,
    env: buildEnv({ CONTENT_DIR: join(projectRoot, 'content'), OUT_DIR: outDir, CACHE_DIR: join(dir, 'cache') }),
    logFile: join(dir, 'build.log'),
  });
  console.log(`${(run.wallMs / 1000).toFixed(1)} s`);
  if (run.code !== 0) throw new Error(`The demo site failed to build:\n${run.tail}`);
  return outDir;
}

/** A short description of the project's commit, for the record. */
function projectRevision(): string | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes in src/` : head;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const astroVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8')).version as string;
  const result: BenchResult = {
    date: new Date().toISOString(),
    revision: projectRevision(),
    machine: {
      node: process.version,
      astro: astroVersion,
      cpus: cpus().length,
      memoryBytes: totalmem(),
      loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
      defaultHeapLimitBytes: getHeapStatistics().heap_size_limit,
    },
    options: { sizes, repeat, searchSize, query: values.query! },
    corpora: [],
    demo: undefined,
    search: undefined,
    budgets: [],
    errors: [],
  };
  const roots = { site: prepareSite(), baseline: prepareBaseline() };
  let failed = false;
  for (const size of sizes) {
    console.log(`\nCorpus of ${size} posts`);
    const started = performance.now();
    const corpus = generateCorpus({ dir: join(work, `corpus-${size}`), count: size });
    console.log(`  generated ${corpus.words} words in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(corpus.kinds)}`);
    const baselineRuns: BuildResult[] = [];
    const ourRuns: BuildResult[] = [];
    for (let run = 1; run <= (size > 1000 ? 1 : repeat); run++) {
      baselineRuns.push(await build('baseline', corpus, run, roots));
      ourRuns.push(await build('ours', corpus, run, roots));
    }
    const entry: CorpusResult = {
      posts: size,
      words: corpus.words,
      kinds: corpus.kinds,
      corpusDir: corpus.dir,
      baseline: fastest(baselineRuns),
      ours: fastest(ourRuns),
      ratio: 0,
    };
    entry.ratio = Number((entry.ours.wallMs / entry.baseline.wallMs).toFixed(2));
    if (entry.ours.cpuMs && entry.baseline.cpuMs) entry.cpuRatio = Number((entry.ours.cpuMs / entry.baseline.cpuMs).toFixed(2));
    for (const which of ['ours', 'baseline'] as const) {
      if (entry[which].exitCode !== 0) {
        failed = true;
        result.errors.push(`${which} build of ${size} posts failed (exit ${entry[which].exitCode}); log: ${entry[which].logFile}`);
      }
    }
    result.corpora.push(entry);
    if (size === searchSize && !values['no-search'] && entry.ours.exitCode === 0) {
      process.stdout.write(`  first search for "${values.query}" in Chromium: `);
      try {
        const cost: SearchCost = await measureSearch(entry.ours.outDir, values.query!);
        result.search = { posts: size, ...cost };
        console.log(`${cost.bytes} bytes in ${cost.resources.length} responses, ${cost.results} results shown`);
      } catch (error) {
        failed = true;
        result.errors.push(`search: ${(error as Error).message}`);
        console.log(`FAILED: ${(error as Error).message}`);
      }
    }
    // Keep the logs; drop the builds unless asked (5,000 posts make a large dist/).
    if (!values.keep) {
      for (const dir of [entry.ours.outDir, entry.baseline.outDir]) {
        rmSync(dir, { recursive: true, force: true });
        rmSync(join(dirname(dir), 'cache'), { recursive: true, force: true });
      }
    }
  }
  if (!values['no-demo']) {
    console.log('\nDemo site page weight');
    try {
      const dist = values['demo-dist'] ? resolve(values['demo-dist']) : await buildDemo(roots.site);
      result.demo = demoWeights(dist);
    } catch (error) {
      failed = true;
      result.errors.push(`demo: ${(error as Error).message}`);
      console.error(`  ${(error as Error).message.slice(0, 3000)}`);
    }
  }
  result.budgets = evaluateBudgets(result);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  printReport(result);
  for (const error of result.errors) console.error(`ERROR ${error}`);
  console.log(`\nWrote ${out}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
