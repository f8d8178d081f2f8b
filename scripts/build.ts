/**
 * `npm run build`: `astro build` (pages, feeds, calendar, open data) with ASTRO_BUILD_ENV
 * (scripts/lib/build-env.ts; arguments are passed on to it), and beside it
 * scripts/search-index.ts --follow, which indexes each post page as soon as it is written
 * and writes the search index once Astro's process has exited.
 * Why two processes: Astro generates pages on one core, so the indexer gets the other; and
 * Pagefind's writing step (~1.2 GB at 5,000 posts) runs after Astro has given back the
 * ~1.8 GB it still holds at the end of a build, instead of on top of it.
 * Exits with the first failure's code; when Astro fails, no search index is written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ASTRO_BUILD_ENV } from './lib/build-env.ts';

const root = join(import.meta.dirname, '..');

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

const indexer = spawn(process.execPath, [join(root, 'scripts', 'search-index.ts'), '--follow'], {
  env: process.env,
  stdio: ['pipe', 'inherit', 'inherit'],
});
const indexed = exitCode(indexer, 'the search indexer');
// The benchmark (scripts/bench/run.ts) swaps in an entry that also records memory per phase.
const astroEntry = process.env.BUILD_ASTRO_ENTRY || join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const astro = spawn(process.execPath, [astroEntry, 'build', ...process.argv.slice(2)], {
  env: { ...process.env, ...ASTRO_BUILD_ENV },
  stdio: 'inherit',
});
const built = await exitCode(astro, 'astro build');
if (built !== 0) {
  indexer.stdin?.end();
  await indexed;
  console.error('build: astro build failed (see above); the search index was not written.');
  process.exit(built);
}
indexer.stdin?.end('done\n');
process.exit(await indexed);
