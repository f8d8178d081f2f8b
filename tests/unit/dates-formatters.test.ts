/** The date helpers reuse one Intl formatter per locale, zone and style; results must not leak between them. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayInZone, formatDate, formatDateTime } from '../../src/lib/dates';

const moment = new Date('2026-09-01T03:30:00Z');

describe('cached date formatters', () => {
  it('give each time zone its own calendar day, in any order of calls', () => {
    expect(dayInZone(moment, 'UTC')).toBe('2026-09-01');
    expect(dayInZone(moment, 'America/Los_Angeles')).toBe('2026-08-31');
    expect(dayInZone(moment, 'UTC')).toBe('2026-09-01');
    expect(dayInZone(moment, 'Asia/Tokyo')).toBe('2026-09-01');
    expect(dayInZone(moment, 'America/Los_Angeles')).toBe('2026-08-31');
  });

  it('keep locales and styles apart', () => {
    expect(formatDate(moment, 'en', 'UTC')).toBe('September 1, 2026');
    expect(formatDate(moment, 'en-GB', 'UTC')).toBe('1 September 2026');
    expect(formatDate(moment, 'en', 'America/Los_Angeles')).toBe('August 31, 2026');
    expect(formatDateTime(moment, 'en-GB', 'UTC')).toMatch(/^1 September 2026.*03:30 UTC$/);
    expect(formatDate(moment, 'en-GB', 'UTC')).toBe('1 September 2026');
  });
});

describe('the formatter cache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reuses the formatter of a style, locale and zone used before', () => {
    const formatAll = () => [
      dayInZone(moment, 'Pacific/Chatham'),
      formatDate(moment, 'en-GB', 'Pacific/Chatham'),
      formatDateTime(moment, 'en-GB', 'Pacific/Chatham'),
    ];
    expect(formatAll()).toEqual(['2026-09-01', '1 September 2026', '1 September 2026 at 16:15 GMT+12:45']);
    // Every formatter is cached now (by this call or by an earlier test in the same worker).
    const created = vi.spyOn(Intl, 'DateTimeFormat');
    expect(formatAll()).toEqual(['2026-09-01', '1 September 2026', '1 September 2026 at 16:15 GMT+12:45']);
    expect(created).not.toHaveBeenCalled();
  });
});
