/**
 * Writes the manifest of a built site: `node scripts/manifest.ts [dir]` (default OUT_DIR or
 * dist/), run by scripts/build.ts once everything else, the search index included, is in
 * the folder. Settings come from the environment (src/lib/manifest-step.ts): the signing key,
 * where the previous manifests are, SITE_URL and BASE_PATH. Exits with 1 and the reason
 * when the chain or the key does not allow a new manifest.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runManifestStep } from '../src/lib/manifest-step.ts';
import { site } from '../src/site.config.ts';
import { routes, siteLinks } from '../src/lib/routes.ts';

const root = join(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? (process.env.OUT_DIR || 'dist'));
if (!existsSync(dir)) {
  console.error(`manifest: ${dir} does not exist; build the site first (npm run build).`);
  process.exit(1);
}
const started = performance.now();
try {
  const result = await runManifestStep(dir, siteLinks(site.base, site.siteUrl).siteUrl(routes.home), process.env, root);
  for (const line of result.log) console.log(line);
  console.log(`manifest: done in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`manifest: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
