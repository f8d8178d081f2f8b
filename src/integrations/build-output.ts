/**
 * The files a build writes beside Astro's pages (lib/build-output.ts): the collection starts
 * with the build, in Astro's output folder, and the build ends only once every file is
 * written. A file that could not be written (an email with a relative URL, a card that could
 * not be drawn) fails the build with every such error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { finishBuildOutput, startBuildOutput } from '../lib/build-output';

/** The integration: collects during `astro build`, never in the dev server (which serves these files itself). */
export function buildOutput(): AstroIntegration {
  let outDir = '';
  return {
    name: 'trust-site:build-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => startBuildOutput(outDir),
      'astro:build:done': async ({ logger }) => {
        const errors = await finishBuildOutput();
        if (errors.length === 0) return;
        for (const error of errors) logger.error(error.message);
        throw new AstroError(
          `${errors.length} file(s) beside the pages could not be written: ${errors[0]!.message}`,
          'Each error above names the post or card and what to fix; nothing is published until all of them are written.',
        );
      },
    },
  };
}
