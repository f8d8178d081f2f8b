/** The plan's whole life (src/lib/plan-phase.ts): before, running, last day and after, for 90 days in California and 120 in Tokyo; the final tally. */
import { describe, expect, it } from 'vitest';
import { addDays, planStanding, planTally } from '../../src/lib/plan-phase';

const LA = 'America/Los_Angeles';
/** The standing of the demo's plan (2026-09-01, 90 days, California) at `iso`. */
const demo = (iso: string) => planStanding('2026-09-01', 90, new Date(iso), LA);

describe('planStanding', () => {
  it('counts down before the plan starts', () => {
    expect(demo('2026-08-29T12:00:00Z')).toEqual({
      phase: 'before',
      day: 0,
      length: 90,
      firstDay: '2026-09-01',
      lastDay: '2026-11-29',
      daysToStart: 3,
      daysLeft: 0,
      daysSinceEnd: 0,
    });
    // 23:00 on 31 August in California, already 1 September in UTC: still the eve.
    expect(demo('2026-09-01T06:00:00Z')).toMatchObject({ phase: 'before', day: 0, daysToStart: 1 });
  });

  it('runs from day 1, with the days left', () => {
    expect(demo('2026-09-01T08:00:00Z')).toMatchObject({ phase: 'running', day: 1, daysLeft: 89, daysToStart: 0 });
    expect(demo('2026-11-28T12:00:00Z')).toMatchObject({ phase: 'running', day: 89, daysLeft: 1 });
  });

  it('has a last day of its own, until midnight in the company zone', () => {
    expect(demo('2026-11-29T08:00:00Z')).toMatchObject({ phase: 'last-day', day: 90, daysLeft: 0 });
    expect(demo('2026-11-30T07:59:00Z')).toMatchObject({ phase: 'last-day', day: 90 });
  });

  it('has ended after the last day, and counts the days since', () => {
    expect(demo('2026-11-30T08:00:00Z')).toMatchObject({ phase: 'after', day: 90, daysSinceEnd: 1, daysLeft: 0 });
    expect(demo('2027-01-01T00:00:00Z')).toMatchObject({ phase: 'after', daysSinceEnd: 32 });
  });

  it('works the same for a 120-day plan in Tokyo', () => {
    const tokyo = (iso: string) => planStanding('2027-01-15', 120, new Date(iso), 'Asia/Tokyo');
    expect(tokyo('2027-01-14T14:59:00Z')).toMatchObject({ phase: 'before', daysToStart: 1, lastDay: '2027-05-14' });
    expect(tokyo('2027-01-14T15:00:00Z')).toMatchObject({ phase: 'running', day: 1, daysLeft: 119 });
    expect(tokyo('2027-05-14T14:59:00Z')).toMatchObject({ phase: 'last-day', day: 120 });
    expect(tokyo('2027-05-14T15:00:00Z')).toMatchObject({ phase: 'after', day: 120, daysSinceEnd: 1 });
  });

  it('works for a one-day plan: its first day is its last', () => {
    expect(planStanding('2026-09-01', 1, new Date('2026-09-01T12:00:00Z'), 'UTC')).toMatchObject({ phase: 'last-day', day: 1, lastDay: '2026-09-01' });
  });

  it('adds calendar days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-09-01', 0)).toBe('2026-09-01');
  });
});

describe('planTally', () => {
  it('counts done and withdrawn, and lists what is open, soonest due first', () => {
    const tally = planTally([
      { id: 'a', title: 'A', due: '2026-11-27', status: 'overdue', withdrawn: false },
      { id: 'b', title: 'B', due: '2026-09-30', status: 'done', withdrawn: false },
      { id: 'c', title: 'C', due: '2026-10-01', status: 'in-progress', withdrawn: false },
      { id: 'd', title: 'D', due: '2026-10-01', status: 'not-started', withdrawn: true },
    ]);
    expect(tally.total).toBe(4);
    expect(tally.done).toBe(1);
    expect(tally.withdrawn).toBe(1);
    expect(tally.open.map((c) => c.id)).toEqual(['c', 'a']);
  });

  it('is empty without commitments', () => {
    expect(planTally([])).toEqual({ total: 0, done: 0, withdrawn: 0, open: [] });
  });
});
