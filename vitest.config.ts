import { defineConfig } from 'vitest/config';
import { LaneSequencer } from './tests/helpers/lane-sequencer.ts';

// Unit tests run on src/lib directly; build-output and browser tests share the builds
// that tests/global-setup.ts makes once per run.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Two test files at a time, but one at a time among those that run Astro in this root:
    // every Astro run here rewrites .astro/ (content modules, types), so two at once could
    // mix their content. tests/helpers/lanes.ts lists the files that may run beside them.
    maxWorkers: 2,
    setupFiles: ['tests/helpers/lane-setup.ts'],
    sequence: { sequencer: LaneSequencer },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/helpers/count-reporter.ts'],
  },
});
