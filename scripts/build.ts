/**
 * `npm run build`: the production build in two processes, one after the other:
 * 1. `astro build` (pages, feeds, calendar, open data), with ASTRO_BUILD_ENV
 *    (scripts/lib/build-env.ts); arguments are passed on to it;
 * 2. once it has exited, scripts/search-index.ts writes the search index over the output.
 * Inside Astro's process, Pagefind's indexer (~1.2 GB at 5,000 posts) would run while
 * Astro still holds the ~1.8 GB of its build; one after the other, the peak is the larger
 * of the two instead of their sum. Stops at the first step that fails, with its exit code.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ASTRO_BUILD_ENV } from './lib/build-env.ts';

const root = join(import.meta.dirname, '..');

/** Runs a Node script with the pinned Node, output passed through; resolves to its exit code. */
function runNode(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: process.cwd(), env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`build: could not start ${script}: ${error.message}`);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const built = await runNode(astro, ['build', ...process.argv.slice(2)], { ...process.env, ...ASTRO_BUILD_ENV });
if (built !== 0) {
  console.error('build: astro build failed (see above); the search index was not written.');
  process.exit(built);
}
process.exit(await runNode(join(root, 'scripts', 'search-index.ts'), [], process.env));
