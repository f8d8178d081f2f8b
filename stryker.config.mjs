// @ts-check
/**
 * Mutation testing (`npm run mutate`): Stryker plants small bugs (mutants) in src/lib/, the content
 * schemas and the parts of src/data/ listed below one at a time and runs the unit tests
 * (vitest.unit.config.ts: tests/unit/ only, no site build) against each; a mutant that no test
 * notices "survives".
 * Reports: reports/mutation/ (ignored by git). `npm run mutate` runs `astro sync` first, only to
 * generate the content types (.astro/types.d.ts) that the TypeScript checker needs for src/data/.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  // src/data/ reads Astro's collections: these files are tested with `astro:content` (or the
  // records) mocked (tests/unit/data-posts.test.ts, open-data-files.test.ts); the content
  // schemas run as they are (tests/unit/schemas-limits.test.ts, contract.test.ts).
  // output-worker.ts only wires lib/output-jobs.ts to its worker thread, where Stryker cannot
  // switch a mutant on (tests/unit/output-writer.test.ts runs it for real).
  mutate: [
    'src/lib/**/*.ts',
    '!src/lib/output-worker.ts',
    'src/data/open-data-files.ts',
    'src/data/posts.ts',
    'src/data/corrections.ts',
    'src/data/site-links.ts',
    'src/schemas/**/*.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutate.json',
  coverageAnalysis: 'perTest',
  // Two cores, shared: one or two test processes at a time.
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // `npm run mutate -- --incremental` reuses the results of the last run for unchanged code and tests.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // .astro/build.lock: held while any Astro or Vitest process of this folder runs; copying it into
  // the sandbox fails when that process ends during the copy.
  ignorePatterns: ['dist', '.tmp', 'bench-results', 'test-results', 'reports', '.astro/build.lock'],
  thresholds: { high: 90, low: 80, break: null },
  cleanTempDir: 'always',
  // Static mutants (module-level constants) need a fresh module graph per test file, which costs
  // most of the run time; they are left out of the score (listed as ignored in the report).
  ignoreStatic: true,
};
