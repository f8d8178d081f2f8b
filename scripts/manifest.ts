/**
 * Writes the manifest of a built site: `npm run manifest -- [dir]` (default OUT_DIR or dist/),
 * the same step scripts/build.ts runs once everything else, the search index included, is in
 * the folder. Settings come from the environment (src/lib/manifest-step.ts): the signing key,
 * where the previous manifests are, SITE_URL and BASE_PATH. Exits with 1 and the reason
 * when the chain or the key does not allow a new manifest.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeSiteManifest } from './lib/manifest-command.ts';

const dir = resolve(process.argv[2] ?? (process.env.OUT_DIR || 'dist'));
if (!existsSync(dir)) {
  console.error(`manifest: ${dir} does not exist; build the site first (npm run build).`);
  process.exit(1);
}
process.exit(await writeSiteManifest(dir));
