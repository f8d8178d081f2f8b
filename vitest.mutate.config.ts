import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.unit.config';

// The unit tests as Stryker runs them (`npm run mutate`): one worker for all test files, no
// fresh module graph per file, several times faster per mutant. Safe only because
// stryker.config.mjs ignores static mutants (code run once when a module loads), the only
// ones that need modules loaded afresh to take effect.
export default mergeConfig(unit, defineConfig({ test: { isolate: false } }));
