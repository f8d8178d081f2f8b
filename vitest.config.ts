import { defineConfig } from 'vitest/config';

// Unit tests run on src/lib directly; build-output and browser tests share the builds
// that tests/global-setup.ts makes once per run.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Test files run one at a time: several of them run Astro, and every Astro run in this
    // root rewrites .astro/ (content modules, types), so two at once could mix their content.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/helpers/count-reporter.ts'],
  },
});
