// Runs `astro build` in the current folder through Astro's own build() (what the CLI does),
// with one extra integration that records the process's memory as each build phase starts:
// loading the config, syncing content, the Vite build (bundling the MDX and pages), the
// page generation is over and the other integrations' build:done hooks run (sitemap,
// Pagefind's indexing), and the exit. Writes JSON lines to BENCH_PHASES_FILE.
import { appendFileSync } from 'node:fs';
import { build } from 'astro';

const file = process.env.BENCH_PHASES_FILE;

/** Appends one memory record: the phase that starts now. */
function mark(phase) {
  if (!file) return;
  const m = process.memoryUsage();
  appendFileSync(file, `${JSON.stringify({ phase, at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external })}\n`);
}

/** The probe integration. */
const probe = {
  name: 'bench:memory-probe',
  hooks: {
    'astro:config:done': () => mark('2 sync content'),
    'astro:build:start': () => mark('3 prepare build'),
    'astro:build:setup': ({ target }) => mark(`4 vite ${target} build, then generate pages`),
    'astro:build:generated': () => mark('5 build:done hooks (sitemap)'),
    'astro:build:done': () => mark('6 exit'),
  },
};

mark('1 load config');
await build({ root: process.cwd(), integrations: [probe] });
