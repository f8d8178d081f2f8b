/**
 * The benchmark's result shape, the budgets of issue 7 checked against it, and the table
 * printed at the end of `npm run bench`.
 */
import type { PageWeight } from './page-weight.ts';
import type { SearchCost } from './search-cost.ts';

/** Memory of the build process at the start of a phase. */
export interface PhaseMark {
  /** The phase that starts at this point, numbered in build order. */
  phase: string;
  /** Milliseconds after the build process was started. */
  atMs: number;
  /** RSS of the Astro process alone. */
  rssBytes: number;
  /** V8 heap in use. */
  heapUsedBytes: number;
  /** V8 heap reserved. */
  heapTotalBytes: number;
}

/** One measured build. */
export interface BuildResult {
  /** Exit code of `astro build` (0 = success). */
  exitCode: number;
  /** Wall time in ms (the fastest run when repeated). */
  wallMs: number;
  /** Every run's wall time, when repeated. */
  runsMs?: number[];
  /** Peak RSS in bytes: the larger of the polled process-tree sum and the largest single process. */
  peakRssBytes: number;
  /** Peak of the summed RSS of the process tree, polled. */
  peakTreeRssBytes: number;
  /** Largest single process's maximum RSS (from /usr/bin/time -v). */
  maxProcessRssBytes?: number;
  /** User + system CPU time of the build's process tree, in ms (less sensitive to other load than wall time). */
  cpuMs?: number;
  /** Memory at each build phase, as the probe integration recorded it (see astro-build.mjs). */
  phases: PhaseMark[];
  /** When the peak tree RSS was seen (ms after the start), and in which phase. */
  peak: { atMs: number; phase: string };
  /** Tree RSS once a second: [ms after the start, bytes]. */
  rssTimeline: [number, number][];
  /** Time the search indexer ran, from its start beside astro build to the bundle written (its own log line). */
  pagefindIndexingMs?: number;
  /** Post pages the indexer added while Astro was still building (the rest after it exited). */
  pagesIndexedWhileBuilding?: number;
  /** Output folder. */
  outDir: string;
  /** Full build log. */
  logFile: string;
  /** HTML files in the output. */
  htmlPages: number;
  /** Corpus posts that have a page at /<kind>/<slug>/. */
  postPagesFound: number;
  /** Size of the output folder. */
  distBytes: number;
  /** Size of dist/pagefind (0 when there is none). */
  pagefindBytes: number;
}

/** The figures for one corpus size. */
export interface CorpusResult {
  /** Posts in the corpus. */
  posts: number;
  /** Words in all post bodies. */
  words: number;
  /** Posts per kind. */
  kinds: Record<string, number>;
  /** Where the corpus was written. */
  corpusDir: string;
  /** The minimal Astro + MDX site. */
  baseline: BuildResult;
  /** The full site. */
  ours: BuildResult;
  /** ours.wallMs / baseline.wallMs. */
  ratio: number;
  /** ours.cpuMs / baseline.cpuMs, when known. */
  cpuRatio?: number;
}

/** One budget and whether it is met. */
export interface Budget {
  /** Short id. */
  id: string;
  /** The budget in words. */
  text: string;
  /** The limit, in `unit`. */
  limit: number;
  /** The measured figure, or null when this run did not measure it. */
  measured: number | null;
  /** Unit of limit and measured. */
  unit: string;
  /** True when met, false when missed, null when not measured. */
  pass: boolean | null;
}

/** Everything the benchmark writes to bench.json. */
export interface BenchResult {
  /** When the run started. */
  date: string;
  /** The project's git revision. */
  revision?: string;
  /** Runtime and machine. */
  machine: { node: string; astro: string; cpus: number; memoryBytes: number; loadAverageAtStart: number[]; defaultHeapLimitBytes: number };
  /** The options of the run. */
  options: { sizes: number[]; repeat: number; searchSize: number; query: string };
  /** Per corpus size. */
  corpora: CorpusResult[];
  /** Page weights of the demo site. */
  demo?: {
    /** The demo build measured. */
    dist: string;
    /** home, post (the heaviest post page), tracker (/plan/). */
    pages: Record<string, PageWeight | undefined>;
    /** Post pages measured. */
    postPagesChecked: number;
    /** Post pages that load any JavaScript (should be none). */
    postPagesWithJs: string[];
    /** JavaScript bytes (raw) summed over every post page. */
    postJsBytes: number;
    /** HTML + CSS gzip of the heaviest post page. */
    maxPostHtmlCssGzip: number;
  };
  /** The first search, when measured. */
  search?: SearchCost & { posts: number };
  /** The budgets of issue 7. */
  budgets: Budget[];
  /** What failed (builds, demo, search), if anything. */
  errors: string[];
}

/** Checks the budgets of issue 7 against a result. Sizes that were not run give null. */
export function evaluateBudgets(result: BenchResult): Budget[] {
  const at = (n: number) => result.corpora.find((c) => c.posts === n);
  const c1000 = at(1000);
  const c5000 = at(5000);
  const ok = (c?: CorpusResult) => c !== undefined && c.ours.exitCode === 0 && c.baseline.exitCode === 0;
  const budget = (id: string, text: string, limit: number, unit: string, measured: number | null, pass?: (m: number) => boolean): Budget => ({
    id,
    text,
    limit,
    measured,
    unit,
    pass: measured === null ? null : (pass ?? ((m) => m <= limit))(measured),
  });
  const post = result.demo?.pages.post;
  // The first search counts only on the 1,000-post corpus: under 150 KB, compressed or not.
  const search = result.search?.posts === 1000 ? result.search : undefined;
  const searchBudget = (id: string, text: string, bytes: number | undefined) => budget(id, text, 150_000, 'bytes', bytes ?? null, (m) => m < 150_000);
  return [
    budget('build-1000-ratio', 'Full build at 1,000 posts: at most 1.5x the baseline', 1.5, 'x baseline', ok(c1000) ? c1000!.ratio : null),
    budget(
      'build-5000-rss',
      '5,000 posts build with the default heap, peak RSS under 2.5 GB',
      2_500,
      'MB',
      c5000 ? Math.round(c5000.ours.peakRssBytes / 1e6) : null,
      (m) => c5000!.ours.exitCode === 0 && m < 2_500,
    ),
    budget(
      'build-linear',
      '5,000 posts take at most 5.5x the time of 1,000',
      5.5,
      'x',
      ok(c1000) && ok(c5000) ? Number((c5000!.ours.wallMs / c1000!.ours.wallMs).toFixed(2)) : null,
    ),
    budget('post-js', 'A post page: 0 bytes of JavaScript (summed over every demo post page)', 0, 'bytes', result.demo ? result.demo.postJsBytes : null),
    budget(
      'post-html-css',
      'A post page: HTML + CSS under 20 KB gzip (heaviest demo post)',
      20_000,
      'bytes gzip',
      post ? post.htmlCssGzip : null,
      (m) => m < 20_000,
    ),
    searchBudget('search-first-query', 'First search on the 1,000-post corpus: under 150 KB fetched (host gzips text)', search?.compressedBytes),
    searchBudget('search-first-query-uncompressed', 'The same, counted uncompressed (as the test server sends it)', search?.bytes),
  ];
}

/** Formats bytes as KB or MB (decimal). */
function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}

/** Prints rows as an aligned text table. */
function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** Prints the builds, the page weights, the search cost and the budgets. */
export function printReport(result: BenchResult): void {
  console.log(
    `\nBuilds (Node ${result.machine.node}, Astro ${result.machine.astro}, ${result.machine.cpus} cores, load ${result.machine.loadAverageAtStart.join(' ')})`,
  );
  table([
    ['posts', 'ours', 'baseline', 'ratio', 'CPU ratio', 'ours RSS', 'base RSS', 'ours dist', 'base dist', 'pagefind', 'pages ours/base'],
    ...result.corpora.map((c) => [
      String(c.posts),
      c.ours.exitCode ? 'FAILED' : `${(c.ours.wallMs / 1000).toFixed(1)} s`,
      c.baseline.exitCode ? 'FAILED' : `${(c.baseline.wallMs / 1000).toFixed(1)} s`,
      `${c.ratio.toFixed(2)}x`,
      c.cpuRatio === undefined ? '-' : `${c.cpuRatio.toFixed(2)}x`,
      size(c.ours.peakRssBytes),
      size(c.baseline.peakRssBytes),
      size(c.ours.distBytes),
      size(c.baseline.distBytes),
      size(c.ours.pagefindBytes),
      `${c.ours.htmlPages}/${c.baseline.htmlPages}`,
    ]),
  ]);
  for (const c of result.corpora) {
    console.log(`\nMemory of the ${c.posts}-post builds as each phase starts (Astro process RSS / V8 heap used), and the process tree's peak`);
    const names = [...new Set([...c.ours.phases, ...c.baseline.phases].map((p) => p.phase))].sort();
    const cell = (b: BuildResult, name: string) => {
      const p = b.phases.find((m) => m.phase === name);
      return p ? `${(p.atMs / 1000).toFixed(1)} s  ${size(p.rssBytes)} / ${size(p.heapUsedBytes)}` : '-';
    };
    table([
      ['phase', 'ours', 'baseline'],
      ...names.map((name) => [name, cell(c.ours, name), cell(c.baseline, name)]),
      [
        'tree peak',
        `${(c.ours.peak.atMs / 1000).toFixed(1)} s  ${size(c.ours.peakTreeRssBytes)} in "${c.ours.peak.phase}"`,
        `${(c.baseline.peak.atMs / 1000).toFixed(1)} s  ${size(c.baseline.peakTreeRssBytes)} in "${c.baseline.peak.phase}"`,
      ],
    ]);
  }
  if (result.demo) {
    console.log('\nDemo site page weight (raw / gzip)');
    table([
      ['page', 'path', 'HTML', 'CSS', 'JS', 'HTML+CSS gzip'],
      ...Object.entries(result.demo.pages).map(([name, w]) =>
        w
          ? [
              name,
              w.path,
              `${size(w.html.raw)} / ${size(w.html.gzip)}`,
              `${size(w.css.raw)} / ${size(w.css.gzip)}`,
              `${size(w.js.raw)} / ${size(w.js.gzip)}`,
              size(w.htmlCssGzip),
            ]
          : [name, '(no such page)', '', '', '', ''],
      ),
    ]);
    console.log(`${result.demo.postPagesChecked} post pages checked; ${result.demo.postPagesWithJs.length} load JavaScript.`);
  }
  if (result.search) {
    const s = result.search;
    console.log(
      `\nFirst search for "${s.query}" on the ${s.posts}-post corpus: ${size(s.bytes)} uncompressed (${size(s.compressedBytes)} from a host that gzips text) in ${s.resources.length} responses (${Object.entries(
        s.byType,
      )
        .map(([t, b]) => `${t} ${size(b)}`)
        .join(', ')}), ${s.results} results shown`,
    );
  }
  console.log('\nBudgets');
  table([
    ['budget', 'limit', 'measured', 'result'],
    ...result.budgets.map((b) => [
      b.text,
      `${b.limit} ${b.unit}`,
      b.measured === null ? '-' : `${b.measured} ${b.unit}`,
      b.pass === null ? 'not measured' : b.pass ? 'met' : 'MISSED',
    ]),
  ]);
}
