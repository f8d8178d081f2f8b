/**
 * The manifest step as `npm run build` and `npm run manifest` run it: settings from the
 * environment (src/lib/manifest-step.ts), the site's address from the site settings, its
 * messages on the console.
 */
import { join } from 'node:path';
import type { HashedFile } from '../../src/lib/manifest.ts';
import { runManifestStep } from '../../src/lib/manifest-step.ts';
import { routes, siteLinks } from '../../src/lib/routes.ts';
import { site } from '../../src/site.config.ts';

const root = join(import.meta.dirname, '..', '..');

/** Writes the manifest of the built site in `dir`, reusing files hashed `ahead`; returns the exit code (1 with the reason when the chain or key does not allow it). */
export async function writeSiteManifest(dir: string, ahead?: ReadonlyMap<string, HashedFile>): Promise<number> {
  const started = performance.now();
  try {
    const result = await runManifestStep(dir, siteLinks(site.base, site.siteUrl).siteUrl(routes.home), process.env, root, ahead);
    for (const line of result.log) console.log(line);
    console.log(`manifest: done in ${Math.round(performance.now() - started)} ms.`);
    return 0;
  } catch (error) {
    console.error(`manifest: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
