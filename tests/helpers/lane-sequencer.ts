// The order of the test files for two workers (vitest.config.ts, tests/helpers/lanes.ts).
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { needsAstroLane } from './lanes.ts';

/**
 * Orders the files for two workers, each taking the next file when it is free: the files of
 * the lane back to back on one worker (they are the longest chain), and the others on the
 * second worker meanwhile. Durations come from Vitest's cache of the last run (file sizes on a
 * first run); when they are wrong, a file of the lane only waits longer for it.
 */
export class LaneSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const estimate = (spec: TestSpecification, i: number) => this.ctx.cache.getTestSpecificationResult(spec)?.duration ?? sorted.length - i;
    const durations = new Map(sorted.map((spec, i) => [spec, estimate(spec, i)]));
    const lane = sorted.filter((spec) => needsAstroLane(spec.moduleId));
    const beside = sorted.filter((spec) => !needsAstroLane(spec.moduleId));
    // Simulate the two workers: a free worker takes the next file of the lane when the lane is free, else the longest other file.
    const order: TestSpecification[] = [];
    const freeAt = [0, 0];
    let laneFreeAt = 0;
    while (lane.length || beside.length) {
      const worker = freeAt[0]! <= freeAt[1]! ? 0 : 1;
      const now = freeAt[worker]!;
      const next = lane.length && (laneFreeAt <= now || !beside.length) ? lane.shift()! : beside.shift()!;
      const start = needsAstroLane(next.moduleId) ? Math.max(now, laneFreeAt) : now;
      freeAt[worker] = start + durations.get(next)!;
      if (needsAstroLane(next.moduleId)) laneFreeAt = freeAt[worker]!;
      order.push(next);
    }
    return order;
  }
}
