import { defineConfig } from 'vitest/config';

// Unit tests run on src/lib directly; build-output and browser tests share the builds
// that tests/global-setup.ts makes once per run.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/helpers/count-reporter.ts'],
  },
});
