/**
 * Stops `astro build` or `astro sync` when another one runs in the same project folder
 * (lib/build-lock.ts says why), naming the other process, instead of letting both write
 * .astro/ and publish a site built from the other run's content.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { acquireLock, releaseLock } from '../lib/build-lock';

/** The integration: takes the lock when a build or a sync starts, gives it back when the process ends. */
export function buildLock(): AstroIntegration {
  return {
    name: 'trust-site:build-lock',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'sync') return;
        const file = join(fileURLToPath(config.root), '.astro', 'build.lock');
        const lock = acquireLock(file);
        if (!lock.ok) {
          throw new AstroError(
            `Another Astro build or sync (process ${lock.holder}) is running in this folder. Two at once rewrite the same .astro/ folder and can publish a site made from the other run's content.`,
            `Wait for it to finish, or stop it (kill ${lock.holder}), then run this again. If no such process exists, delete ${file}.`,
          );
        }
        process.once('exit', () => releaseLock(file));
      },
    },
  };
}
