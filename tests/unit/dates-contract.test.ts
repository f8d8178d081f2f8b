/**
 * Dates, "now" and the publishing rule (src/lib/dates.ts, now.ts, publish.ts, plan.ts) at the
 * boundaries: zones whose offset moves the day either way, a post dated exactly "now",
 * the first and last day of the plan, leap days and offsets at their limits.
 */
import { describe, expect, it } from 'vitest';
import { addMinutes, dayInZone, daysBetween, formatDate, formatDateTime, isoString, planDay } from '../../src/lib/dates';
import { buildNow, parseIsoDateTime } from '../../src/lib/now';
import { planPosition } from '../../src/lib/plan';
import { isPublished, isVisible } from '../../src/lib/publish';

describe('calendar days in a zone', () => {
  it('moves the day forward east of UTC and back west of it', () => {
    const lateUtc = new Date('2026-11-27T15:30:00Z');
    expect(dayInZone(lateUtc, 'UTC')).toBe('2026-11-27');
    expect(dayInZone(lateUtc, 'Asia/Tokyo')).toBe('2026-11-28');
    const earlyUtc = new Date('2026-11-28T04:00:00Z');
    expect(dayInZone(earlyUtc, 'UTC')).toBe('2026-11-28');
    expect(dayInZone(earlyUtc, 'America/Los_Angeles')).toBe('2026-11-27');
  });

  it('counts whole days between two days, both ways, across a change of clocks', () => {
    expect(daysBetween('2026-09-01', '2026-09-01')).toBe(0);
    expect(daysBetween('2026-09-01', '2026-11-29')).toBe(89);
    expect(daysBetween('2026-11-29', '2026-09-01')).toBe(-89);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('numbers the plan day in the zone', () => {
    expect(planDay('2026-09-01', new Date('2026-09-01T00:00:00Z'), 'UTC')).toBe(1);
    expect(planDay('2026-09-01', new Date('2026-08-31T23:59:59Z'), 'UTC')).toBe(0);
    expect(planDay('2026-09-01', new Date('2026-08-31T15:00:00Z'), 'Asia/Tokyo')).toBe(1);
    expect(planDay('2026-09-01', new Date('2026-09-02T03:00:00Z'), 'America/Los_Angeles')).toBe(1);
  });

  it('formats dates and times in the zone, with its name', () => {
    const moment = new Date('2026-11-27T15:30:00Z');
    expect(formatDate(moment, 'en-GB', 'Asia/Tokyo')).toBe('28 November 2026');
    expect(formatDate(moment, 'en-GB', 'UTC')).toBe('27 November 2026');
    expect(formatDateTime(moment, 'en-GB', 'Asia/Tokyo')).toBe('28 November 2026 at 00:30 GMT+9');
    expect(formatDateTime(new Date('2026-09-03T16:05:00Z'), 'en-US', 'America/Los_Angeles')).toBe('September 3, 2026 at 09:05 PDT');
  });

  it('writes machine-readable times and adds minutes', () => {
    expect(isoString(new Date('2026-09-03T16:00:00-07:00'))).toBe('2026-09-03T23:00:00.000Z');
    expect(addMinutes(new Date('2026-09-03T23:30:00Z'), 45)).toEqual(new Date('2026-09-04T00:15:00Z'));
    expect(addMinutes(new Date('2026-09-03T23:30:00Z'), -30)).toEqual(new Date('2026-09-03T23:00:00Z'));
  });
});

describe('parseIsoDateTime', () => {
  it('reads every allowed form', () => {
    expect(parseIsoDateTime('2026-09-01')).toEqual(new Date('2026-09-01T00:00:00Z'));
    expect(parseIsoDateTime('  2026-09-01T09:00:00-07:00\n')).toEqual(new Date('2026-09-01T16:00:00Z'));
    expect(parseIsoDateTime('2026-09-01T09:00:00.250+05:30')).toEqual(new Date('2026-09-01T03:30:00.250Z'));
    expect(parseIsoDateTime('2026-09-01T09:00+14:00')).toEqual(new Date('2026-08-31T19:00:00Z'));
    expect(parseIsoDateTime('2026-09-01T23:30:00-12:00')).toEqual(new Date('2026-09-02T11:30:00Z'));
    expect(parseIsoDateTime('2028-02-29')).toEqual(new Date('2028-02-29T00:00:00Z'));
    expect(parseIsoDateTime('2028-02-29T23:00:00-05:00')).toEqual(new Date('2028-03-01T04:00:00Z'));
    // The offset's minutes count: 00:30 on 1 March in India is 19:00 UTC on 28 February.
    expect(parseIsoDateTime('2026-03-01T00:30:00+05:30')).toEqual(new Date('2026-02-28T19:00:00Z'));
  });

  it('rejects rolled-over days, however the offset moves them', () => {
    expect(parseIsoDateTime('2026-02-29')).toBeUndefined();
    expect(parseIsoDateTime('2026-02-29T23:00:00-05:00')).toBeUndefined();
    expect(parseIsoDateTime('2026-02-29T01:00:00+05:00')).toBeUndefined();
    expect(parseIsoDateTime('2026-04-31T12:00:00Z')).toBeUndefined();
    expect(parseIsoDateTime('2026-13-01')).toBeUndefined();
    // JavaScript reads hour 24 as midnight of the next day: only the day differs.
    expect(parseIsoDateTime('2026-09-15T24:00:00Z')).toBeUndefined();
    expect(parseIsoDateTime('2026-09-15T24:00:00+02:00')).toBeUndefined();
  });

  it('rejects other shapes', () => {
    for (const text of [
      '',
      '2026-9-1',
      '2026-09-01T09:00:00',
      '2026-09-01T09Z',
      '2026-09-01 09:00:00Z',
      '2026-09-01T09:00:00+0700',
      'x2026-09-01',
      '2026-09-01x',
      '2026-09-01T25:00:00Z',
    ]) {
      expect(parseIsoDateTime(text), text).toBeUndefined();
    }
  });
});

describe('buildNow', () => {
  it('takes SITE_NOW, with its offset', () => {
    expect(buildNow({ SITE_NOW: '2026-10-01T09:00:00+02:00' })).toEqual(new Date('2026-10-01T07:00:00Z'));
  });

  it('uses the clock when SITE_NOW is unset or empty', () => {
    for (const env of [{}, { SITE_NOW: '' }]) {
      const before = Date.now();
      const now = buildNow(env).getTime();
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(Date.now());
    }
  });

  it('names the bad value and the form to use', () => {
    expect(() => buildNow({ SITE_NOW: '2026-10-01 12:00' })).toThrow(
      new Error('SITE_NOW="2026-10-01 12:00" is not an ISO 8601 date-time. Use a form like 2026-10-15T12:00:00Z.'),
    );
  });
});

describe('the publishing rule', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it('publishes a post dated exactly now, not one a millisecond later, and never a draft', () => {
    expect(isPublished({ draft: false, published: new Date('2026-11-28T12:00:00.000Z') }, now)).toBe(true);
    expect(isPublished({ draft: false, published: new Date('2026-11-28T12:00:00.001Z') }, now)).toBe(false);
    expect(isPublished({ draft: true, published: new Date('2026-11-28T12:00:00.000Z') }, now)).toBe(false);
  });

  it('shows drafts and scheduled posts in the preview only, and published posts always', () => {
    const scheduled = { draft: false, published: new Date('2026-12-01T00:00:00Z') };
    const live = { draft: false, published: new Date('2026-11-01T00:00:00Z') };
    expect(isVisible(scheduled, now, true)).toBe(true);
    expect(isVisible(scheduled, now, false)).toBe(false);
    expect(isVisible(live, now, false)).toBe(true);
  });
});

describe('planPosition', () => {
  it('is before the plan on the eve of its first day, with day 0', () => {
    expect(planPosition('2026-09-01', 90, new Date('2026-08-31T23:59:59Z'), 'UTC')).toEqual({ day: 0, length: 90, phase: 'before' });
  });
  it('runs from day 1 to the last day, both included', () => {
    expect(planPosition('2026-09-01', 90, new Date('2026-09-01T00:00:00Z'), 'UTC')).toEqual({ day: 1, length: 90, phase: 'running' });
    expect(planPosition('2026-09-01', 90, new Date('2026-11-29T23:59:59Z'), 'UTC')).toEqual({ day: 90, length: 90, phase: 'running' });
  });
  it('is after the plan the day after its last day, clamped to the length', () => {
    expect(planPosition('2026-09-01', 90, new Date('2026-11-30T00:00:00Z'), 'UTC')).toEqual({ day: 90, length: 90, phase: 'after' });
    expect(planPosition('2026-09-01', 90, new Date('2027-03-01T00:00:00Z'), 'UTC')).toEqual({ day: 90, length: 90, phase: 'after' });
  });
  it('starts the plan in the zone: already day 1 in Tokyo while UTC is on the eve', () => {
    expect(planPosition('2026-09-01', 90, new Date('2026-08-31T15:00:00Z'), 'Asia/Tokyo')).toEqual({ day: 1, length: 90, phase: 'running' });
  });
});
