import { describe, expect, it } from 'vitest';
import { buildNow, parseIsoDateTime } from '../../src/lib/now';
import { isPublished, isVisible } from '../../src/lib/publish';
import { planPosition } from '../../src/lib/plan';
import { formatDateTime } from '../../src/lib/dates';

describe('parseIsoDateTime', () => {
  it('reads dates and date-times with offsets', () => {
    expect(parseIsoDateTime('2026-09-01')?.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(parseIsoDateTime('2026-09-01T09:00:00-07:00')?.toISOString()).toBe('2026-09-01T16:00:00.000Z');
    expect(parseIsoDateTime('2026-09-01T09:00Z')?.toISOString()).toBe('2026-09-01T09:00:00.000Z');
  });
  it('rejects times without offset, impossible dates and prose', () => {
    expect(parseIsoDateTime('2026-09-01T09:00:00')).toBeUndefined();
    expect(parseIsoDateTime('2026-02-30')).toBeUndefined();
    expect(parseIsoDateTime('next Tuesday')).toBeUndefined();
  });
});

describe('buildNow', () => {
  it('uses SITE_NOW when set and fails loudly on a bad one', () => {
    expect(buildNow({ SITE_NOW: '2026-10-01T00:00:00Z' }).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(() => buildNow({ SITE_NOW: 'soon' })).toThrow(/SITE_NOW="soon"/);
    expect(Math.abs(buildNow({}).getTime() - Date.now())).toBeLessThan(5_000);
  });
});

describe('isPublished', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it('publishes past posts and holds drafts and future posts', () => {
    expect(isPublished({ draft: false, published: new Date('2026-11-28T12:00:00Z') }, now)).toBe(true);
    expect(isPublished({ draft: true, published: new Date('2026-01-01T00:00:00Z') }, now)).toBe(false);
    expect(isPublished({ draft: false, published: new Date('2026-11-28T12:00:01Z') }, now)).toBe(false);
  });
  it('shows everything in the preview only', () => {
    expect(isVisible({ draft: true, published: now }, now, true)).toBe(true);
    expect(isVisible({ draft: true, published: now }, now, false)).toBe(false);
  });
});

describe('planPosition', () => {
  it('counts day 1 on the start day and clamps outside the plan', () => {
    expect(planPosition('2026-09-01', 90, new Date('2026-09-01T08:00:00Z'), 'UTC')).toEqual({ day: 1, length: 90, phase: 'running' });
    expect(planPosition('2026-09-01', 90, new Date('2026-11-28T12:00:00Z'), 'UTC').day).toBe(89);
    expect(planPosition('2026-09-01', 90, new Date('2026-08-31T23:00:00Z'), 'UTC').phase).toBe('before');
    expect(planPosition('2026-09-01', 90, new Date('2026-11-30T00:00:00Z'), 'UTC')).toEqual({ day: 90, length: 90, phase: 'after' });
  });
  it('counts days in the given time zone', () => {
    // 03:00 UTC on 2 September is still 1 September in Los Angeles.
    expect(planPosition('2026-09-01', 90, new Date('2026-09-02T03:00:00Z'), 'America/Los_Angeles').day).toBe(1);
  });
});

describe('formatDateTime', () => {
  it('names the zone, with daylight saving time', () => {
    expect(formatDateTime(new Date('2026-09-03T16:00:00Z'), 'en', 'America/Los_Angeles')).toMatch(/09:00 PDT/);
    expect(formatDateTime(new Date('2026-12-03T17:00:00Z'), 'en', 'America/Los_Angeles')).toMatch(/09:00 PST/);
  });
});
