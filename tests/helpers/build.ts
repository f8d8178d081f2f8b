/**
 * Builds a site (the demo or a fixture) into its own folder under .tmp/, as `astro build`
 * does in production, with a pinned "now" so output is deterministic.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Project root. */
export const root = resolve(import.meta.dirname, '..', '..');

/** Where test builds go: .tmp/runs, or TEST_RUNS_DIR to keep parallel runs apart. */
export const runsDir = resolve(root, process.env.TEST_RUNS_DIR ?? join('.tmp', 'runs'));

/** The "now" every test build uses unless a test says otherwise: day 89 of the plan. */
export const TEST_NOW = '2026-11-28T12:00:00Z';

/** Result of running an Astro command. */
export interface AstroRun {
  /** Exit code. */
  code: number;
  /** Everything printed, stdout and stderr. */
  output: string;
  /** Output folder (for builds). */
  outDir: string;
}

/** Options for one Astro run. */
export interface AstroRunOptions {
  /** A short name; the run works in <runsDir>/<name>/. */
  name: string;
  /** Content folder (default: the demo content). */
  contentDir?: string;
  /** Extra environment (SITE_NOW, BASE_PATH, …). */
  env?: Record<string, string>;
}

/**
 * Runs `astro <command>` on the pinned Node with its own output and cache folders;
 * 'production-build' runs `npm run build`'s script instead (scripts/build.ts: astro build
 * with the search indexer beside it).
 */
export function runAstro(command: 'build' | 'sync' | 'production-build', options: AstroRunOptions): Promise<AstroRun> {
  const work = join(runsDir, options.name);
  const outDir = join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Inside a test file, Vitest puts Vite's own variables (BASE_URL="/", MODE, DEV, PROD, SSR,
  // NODE_ENV=test) into process.env; Astro would read them as import.meta.env and build
  // with base "/" and DEV on. Leave them out, so a build from a test is a real build.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key)));
  const env = {
    ...inherited,
    SITE_NOW: TEST_NOW,
    CONTENT_DIR: options.contentDir ?? 'content',
    OUT_DIR: outDir,
    CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...options.env,
  };
  return new Promise((resolvePromise, reject) => {
    const args = command === 'production-build' ? [join(root, 'scripts', 'build.ts')] : [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), command];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output, outDir }));
  });
}
