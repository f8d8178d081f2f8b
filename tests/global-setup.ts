/**
 * Builds the sites the build-output and browser tests inspect, once per run:
 * - demo: the real content/ with "now" pinned;
 * - fixture: tests/fixtures/site, small content with drafts, scheduled posts and edge cases;
 * - demo-base: the demo again under the base path /trust/, as on a GitHub Pages project site;
 * - fixture-base: the fixture under /trust/ (the feeds' and search's base-path tests).
 * Set REUSE_BUILDS=1 to reuse the last builds while iterating on tests.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runAstro, runsDir } from './helpers/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ of the demo site. */
    demoDist: string;
    /** dist/ of the fixture site. */
    fixtureDist: string;
    /** dist/ of the demo site built under the base path /trust/. */
    demoBaseDist: string;
    /** dist/ of the fixture site built under the base path /trust/. */
    fixtureBaseDist: string;
  }
}

const builds = {
  demoDist: { name: 'demo', contentDir: 'content' },
  fixtureDist: { name: 'fixture', contentDir: 'tests/fixtures/site' },
  demoBaseDist: { name: 'demo-base', contentDir: 'content', env: { BASE_PATH: '/trust/' } },
  fixtureBaseDist: { name: 'fixture-base', contentDir: 'tests/fixtures/site', env: { BASE_PATH: '/trust/' } },
} satisfies Record<string, { name: string; contentDir: string; env?: Record<string, string> }>;

export default async function setup(project: TestProject) {
  for (const [key, options] of Object.entries(builds) as [keyof typeof builds, { name: string; contentDir: string; env?: Record<string, string> }][]) {
    const outDir = join(runsDir, options.name, 'dist');
    if (!(process.env.REUSE_BUILDS && existsSync(outDir))) {
      const run = await runAstro('build', options);
      if (run.code !== 0) throw new Error(`The ${options.name} site failed to build:\n${run.output}`);
    }
    project.provide(key, outDir);
  }
}
