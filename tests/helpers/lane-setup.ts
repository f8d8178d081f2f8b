// Set up for every test file (vitest.config.ts): a file that runs Astro in the project folder
// holds its lane from before its first hook to after its last (tests/helpers/lanes.ts).
import { afterAll, beforeAll, expect } from 'vitest';
import { LANE_WAIT_MS, leaveAstroLane, needsAstroLane, takeAstroLane } from './lanes';

let holding = false;
beforeAll(async () => {
  const file = expect.getState().testPath;
  if (!file || !needsAstroLane(file)) return;
  await takeAstroLane();
  holding = true;
}, LANE_WAIT_MS);
// Registered first, so it runs after every other afterAll of the file (Vitest runs them in reverse).
afterAll(() => {
  if (holding) leaveAstroLane();
  holding = false;
});
