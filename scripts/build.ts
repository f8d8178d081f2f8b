/**
 * `npm run build`: `astro build` (pages, feeds, calendar, open data) with ASTRO_BUILD_ENV
 * (scripts/lib/build-env.ts; arguments are passed on to it), and beside it, from the first
 * post page on, scripts/search-index.ts --follow, which indexes each post page as soon as it
 * is written and writes the search index once Astro's process has exited.
 * Why two processes: Astro generates pages on one core, so the indexer gets the other; and
 * Pagefind's writing step (~1.2 GB at 5,000 posts) runs after Astro has given back the
 * ~1.8 GB it still holds at the end of a build, instead of on top of it.
 * Last, once the search index is written, the signed manifest of everything in the output
 * is written (scripts/lib/manifest-command.ts, as `npm run manifest` does); Astro's files are
 * hashed while the search index is still being written, the index's own files after it. With --demo-key (`npm start`) it signs with the committed DEMO
 * key (keys/DEMO-ONLY-manifest-signing-key.pem); otherwise with MANIFEST_SIGNING_KEY, if set.
 * Exits with the first failure's code; when Astro fails, no search index is written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BUNDLE_DIR } from '../src/integrations/pagefind.ts';
import { hashFilesAhead } from '../src/lib/manifest.ts';
import { DEMO_KEY_FILE } from '../src/lib/manifest-keys.ts';
import { POST_KINDS } from '../src/lib/vocabulary.ts';
import { ASTRO_BUILD_ENV } from './lib/build-env.ts';
import { writeSiteManifest } from './lib/manifest-command.ts';

const root = join(import.meta.dirname, '..');
/** How often the output folder is checked for the first post page. */
const POLL_MS = 200;

/** Resolves with a child's exit code (1 when it could not start or was killed). */
function exitCode(child: ChildProcess, what: string): Promise<number> {
  return new Promise((resolvePromise) => {
    child.on('error', (error) => {
      console.error(`build: could not start ${what}: ${error.message}`);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

/** Ends the build after Astro failed: nothing is indexed. */
function astroFailed(code: number): never {
  console.error('build: astro build failed (see above); the search index was not written.');
  process.exit(code);
}

const startedAt = Date.now();
const args = process.argv.slice(2);
// --demo-key: sign with the committed demo key, for the pages (the key's fingerprint on
// /security/) and for the manifest step alike. Never for a real deployment.
if (args.includes('--demo-key')) {
  args.splice(args.indexOf('--demo-key'), 1);
  process.env.MANIFEST_SIGNING_KEY = '';
  process.env.MANIFEST_SIGNING_KEY_FILE = join(root, DEMO_KEY_FILE);
}
const outDir = resolve(process.env.OUT_DIR || 'dist');

// The benchmark (scripts/bench/run.ts) swaps in an entry that also records memory per phase.
const astroEntry = process.env.BUILD_ASTRO_ENTRY || join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const astro = spawn(process.execPath, [astroEntry, 'build', ...args], {
  env: { ...process.env, ...ASTRO_BUILD_ENV },
  stdio: 'inherit',
});
const built = exitCode(astro, 'astro build');
let astroExited = false;
void built.then(() => (astroExited = true));

// The indexer starts when Astro writes its first post page, not before: while Astro bundles
// (its memory peak), the indexer would only add its own memory and take CPU from the bundler.
while (!astroExited && !POST_KINDS.some((kind) => (statSync(join(outDir, kind), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= startedAt)) {
  await Promise.race([sleep(POLL_MS), built]);
}
if (astroExited && (await built) !== 0) astroFailed(await built);
const indexer = spawn(process.execPath, [join(root, 'scripts', 'search-index.ts'), outDir, '--follow', '--since', String(startedAt)], {
  env: process.env,
  stdio: ['pipe', 'inherit', 'inherit'],
});
const indexed = exitCode(indexer, 'the search indexer');
// If the indexer has already stopped on an error, writing to it fails; its exit code says why.
indexer.stdin?.on('error', () => {});
const astroCode = await built;
if (astroCode !== 0) {
  indexer.stdin?.end();
  await indexed;
  astroFailed(astroCode);
}
indexer.stdin?.end('done\n');
// Astro's output is final; only the search index (pagefind/) is still being written.
const ahead = hashFilesAhead(outDir, (path) => !path.startsWith(`${BUNDLE_DIR}/`));
const indexCode = await indexed;
if (indexCode !== 0) process.exit(indexCode);
// The manifest lists every file, so it is written when nothing else will be.
process.exit(await writeSiteManifest(outDir, ahead));
