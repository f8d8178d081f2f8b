/**
 * Two test files run at a time (vitest.config.ts), with one rule: a file that runs Astro in
 * the project folder (a build, a sync, the dev server, or `npm run check`, which syncs) holds
 * the folder's lane for its whole run, and waits while another file holds it. Every Astro run
 * in a folder rewrites its .astro/ (src/lib/build-lock.ts says why two at once are refused),
 * so those files stay one at a time, as they were; the others (unit tests, tests that read the
 * prebuilt sites or drive a browser, tests that work in a copy of the project) run beside them.
 * A file not listed in BESIDE_ASTRO takes the lane: a new file is safe before it is fast. A
 * listed file that runs Astro in some of its tests holds the lane in those only (useAstroLane).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { acquireLock, releaseLock } from '../../src/lib/build-lock.ts';
import { root } from './build.ts';

/** Test files that run no Astro in the project folder (or only inside useAstroLane); every other file takes the lane. */
export const BESIDE_ASTRO: readonly string[] = [
  'tests/browser/host-headers.test.ts',
  'tests/browser/pages.test.ts',
  'tests/browser/phone-tables.test.ts',
  // Its dev server tests hold the lane (useAstroLane).
  'tests/browser/search.test.ts',
  'tests/browser/search-languages.test.ts',
  'tests/browser/theme-contrast.test.ts',
  'tests/build/actions.test.ts',
  // In its own copy of src/ (scripts/bench/run.ts).
  'tests/build/bench-smoke.test.ts',
  'tests/build/data-docs-contract.test.ts',
  'tests/build/emails.test.ts',
  'tests/build/gates-script.test.ts',
  // In its own copy of the project.
  'tests/build/init-site.test.ts',
  'tests/build/manifest.test.ts',
  'tests/build/quality-gates.test.ts',
  'tests/build/reader-language.test.ts',
  'tests/build/share-cards.test.ts',
  'tests/build/site.test.ts',
  'tests/build/translations.test.ts',
  'tests/build/untrusted-output.test.ts',
];

/** Unit tests run no Astro, but for these (they run `npm run check`). */
const UNIT_TESTS_IN_LANE = ['tests/unit/promise-ledger.test.ts'];

/** Whether the test file at `path` (absolute) must hold the project folder's lane. */
export function needsAstroLane(path: string): boolean {
  const file = relative(root, path).split('\\').join('/');
  if (file.startsWith('tests/unit/')) return UNIT_TESTS_IN_LANE.includes(file);
  return !BESIDE_ASTRO.includes(file);
}

const laneFile = join(root, '.tmp', 'astro-lane.lock');

/** Waits until this test process holds the lane (a lock file with its process id; a lock left by an ended process is taken over). */
export async function takeAstroLane(): Promise<void> {
  while (!acquireLock(laneFile).ok) await sleep(250);
}

/** Gives the lane back. */
export function leaveAstroLane(): void {
  releaseLock(laneFile);
}

/** The lane wait is bounded by the longest file of the lane, not by the usual hook time limit. */
export const LANE_WAIT_MS = 30 * 60_000;

/**
 * Holds the lane for the tests of the enclosing describe block: call it first in the block,
 * so the lane is taken before the block's own beforeAll and given back after its last afterAll.
 */
export function useAstroLane(): void {
  beforeAll(takeAstroLane, LANE_WAIT_MS);
  afterAll(leaveAstroLane);
}
