/**
 * Writes the search index (Pagefind) for a built site: `node scripts/search-index.ts [dir]`,
 * by default OUT_DIR or dist/. `npm run build` runs it after `astro build` has exited
 * (scripts/build.ts). Exits with 1 and Pagefind's own message when indexing fails.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../src/integrations/pagefind.ts';

const dir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
if (!existsSync(dir)) {
  console.error(`search index: ${dir} does not exist; build the site first (npm run build).`);
  process.exit(1);
}
const started = performance.now();
try {
  const { pageCount } = await indexSite(dir, { info: (m) => console.log(m), error: (m) => console.error(m) });
  console.log(`search index: read ${pageCount} HTML files and wrote ${dir}/pagefind/ in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
