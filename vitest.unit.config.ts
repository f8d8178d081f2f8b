import { defineConfig } from 'vitest/config';

// Unit tests only (tests/unit/), with no global setup: no Astro site is built. Used by
// `npm run mutate` (Stryker runs these tests against every mutant) and for fast iteration:
// `npm exec vitest -- run --config vitest.unit.config.ts`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
