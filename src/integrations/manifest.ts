/**
 * Writes the signed, chained manifest of the output at the end of a plain `astro build`,
 * after every other integration (it must be the last in astro.config.mjs, after Pagefind's
 * index). Under `npm run build` the search index is written after Astro has exited, so this
 * integration leaves the manifest to scripts/build.ts, which writes it last.
 * A failing step (a broken chain, a missing rotation note) fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runManifestStep } from '../lib/manifest-step.ts';
import { routes, siteLinks } from '../lib/routes.ts';
import { SEARCH_INDEX_AFTER_BUILD } from './pagefind.ts';

/** The Astro integration. */
export function manifest(): AstroIntegration {
  let site = '';
  return {
    name: 'trust-site:manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = siteLinks(config.base, config.site ?? 'http://localhost:4321').siteUrl(routes.home);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_AFTER_BUILD] === '1') {
          logger.info('The manifest is written by scripts/build.ts once the search index is written.');
          return;
        }
        const result = await runManifestStep(fileURLToPath(dir), site);
        for (const line of result.log) logger.info(line);
      },
    },
  };
}
