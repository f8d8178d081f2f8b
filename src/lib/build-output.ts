/**
 * Files that a build writes beside Astro's pages (emails and share cards, through
 * lib/output-writer.ts): the pages' code hands them over, integrations/build-output.ts waits
 * for them before the build ends and fails it when one could not be written. The two sides
 * run in one process but load this module separately (Astro's bundle and the config), so the
 * state lives on globalThis.
 */
import { join } from 'node:path';

interface BuildOutputState {
  /** The output folder of the build under way. */
  outDir: string;
  /** Each file's job; a failed job rejects with an error that names its file. */
  jobs: Promise<unknown>[];
}

const KEY = Symbol.for('trust-site:build-output');
const store = globalThis as { [KEY]?: BuildOutputState };

/** Starts collecting the files of a build that writes into `outDir` (absolute). */
export function startBuildOutput(outDir: string): void {
  store[KEY] = { outDir, jobs: [] };
}

/** Whether a build is under way (false in the dev server). */
export function isBuilding(): boolean {
  return store[KEY] !== undefined;
}

/** The absolute path in the output folder of a site path ("/email/progress/week-3.txt"), or undefined when no build is under way (the dev server). */
export function buildOutputFile(sitePath: string): string | undefined {
  const state = store[KEY];
  return state && join(state.outDir, ...sitePath.split('/').filter(Boolean));
}

/** Adds a file's job to the build under way. */
export function addBuildOutput(job: Promise<unknown>): void {
  // Awaited by finishBuildOutput; until then a failure must not count as unhandled.
  job.catch(() => undefined);
  store[KEY]?.jobs.push(job);
}

/** Waits for every job of the build under way (also those added meanwhile) and returns the errors of those that failed, in the order they were added. */
export async function finishBuildOutput(): Promise<Error[]> {
  const state = store[KEY];
  if (!state) return [];
  const errors: Error[] = [];
  for (let done = 0; done < state.jobs.length; done++) {
    try {
      await state.jobs[done];
    } catch (error) {
      errors.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  delete store[KEY];
  return errors;
}
