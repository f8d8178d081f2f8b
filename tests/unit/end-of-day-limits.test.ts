/** endOfDay on the eve of a daylight-saving change east of UTC (found by `npm run mutate`). */
import { describe, expect, it } from 'vitest';
import { endOfDay } from '../../src/lib/progress-series';

describe('endOfDay', () => {
  it('ends 24 October 2026 in Berlin at 22:00 UTC (summer time), hours before clocks go back', () => {
    expect(endOfDay('2026-10-24', 'Europe/Berlin').toISOString()).toBe('2026-10-24T21:59:59.999Z');
    expect(endOfDay('2026-10-25', 'Europe/Berlin').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });
});

describe('endOfDay when the offset changes in the hours after midnight (found by `npm run mutate`)', () => {
  it('ends Saturday 4 April 2026 in Auckland at 11:00 UTC (NZDT, +13), though clocks go back at 03:00 that night', () => {
    // Read at 5 April 00:00 UTC the offset is already +12; the second pass finds +13 at local midnight.
    expect(endOfDay('2026-04-04', 'Pacific/Auckland').toISOString()).toBe('2026-04-04T10:59:59.999Z');
    expect(endOfDay('2026-04-05', 'Pacific/Auckland').toISOString()).toBe('2026-04-05T11:59:59.999Z');
  });
});
