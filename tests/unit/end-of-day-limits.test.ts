/** endOfDay on the eve of a daylight-saving change east of UTC (found by `npm run mutate`). */
import { describe, expect, it } from 'vitest';
import { endOfDay } from '../../src/lib/progress-series';

describe('endOfDay', () => {
  it('ends 24 October 2026 in Berlin at 22:00 UTC (summer time), hours before clocks go back', () => {
    expect(endOfDay('2026-10-24', 'Europe/Berlin').toISOString()).toBe('2026-10-24T21:59:59.999Z');
    expect(endOfDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });
});
