import { describe, expect, it } from 'vitest';
import { readIsoDateTime } from '../../src/lib/iso-date';

// The limits of readIsoDateTime crossed from both sides (found by `npm run mutate`).
const read = (text: string) => {
  const r = readIsoDateTime(text);
  return r.ok ? r.date.toISOString() : r.problem;
};

describe('readIsoDateTime at its limits', () => {
  it('accepts the first month and the last valid second and offset minute', () => {
    expect(read('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
    expect(read('2026-12-31')).toBe('2026-12-31T00:00:00.000Z');
    expect(read('2026-09-01T09:00:59Z')).toBe('2026-09-01T09:00:59.000Z');
    expect(read('2026-09-01T09:00:00+05:59')).toBe('2026-09-01T03:01:00.000Z');
  });

  it('refuses day 00, second 60 and offset minute 60', () => {
    expect(read('2026-09-00')).toBe('"2026-09-00" is not a real date: September 2026 has 30 days. Write a day from 01 to 30, e.g. 2026-09-30.');
    expect(read('2026-09-01T09:00:60Z')).toBe(
      '"2026-09-01T09:00:60Z" is not a real time: hours go from 00 to 23, minutes and seconds from 00 to 59. Write e.g. 2026-09-01T09:00:00-07:00.',
    );
    expect(read('2026-09-01T09:00:00+05:60')).toBe(
      '"2026-09-01T09:00:00+05:60" has an impossible offset +05:60: offsets go from -12:00 to +14:00. Write e.g. -07:00 for California in summer, or Z for UTC.',
    );
  });

  it('suggests the fix for a time written with a space and no offset', () => {
    expect(read('2026-09-01 09:00')).toBe(
      '"2026-09-01 09:00" is not an ISO 8601 date: the time has no offset. Add it, e.g. 2026-09-01T09:00-07:00, or Z for UTC.',
    );
  });
});
