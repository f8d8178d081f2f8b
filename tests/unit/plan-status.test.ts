/**
 * The plan at any "now", before, during and after it: the day counter, the summary counts,
 * the chart's last point and the tracker rows agree, and all turn at the company's midnight.
 */
import { describe, expect, it } from 'vitest';
import type { DerivedStatus, StatusEvent } from '../../src/lib/commitment-status';
import { planStatus } from '../../src/lib/plan-status';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const commitments = [
  { id: 'freeze', due: day('2026-09-30') },
  { id: 'last-day', due: day('2026-11-29') },
  { id: 'after-plan', due: day('2026-12-15') },
  { id: 'never-started', due: day('2026-10-15') },
];
/** A status event dated at an instant. */
function event(commitment: string, status: StatusEvent['status'], at: string): StatusEvent {
  return { commitment, status, note: '', date: new Date(at), sourceTitle: '', sourcePath: '' };
}
const events = [
  event('freeze', 'in-progress', '2026-09-05T17:00:00Z'),
  event('freeze', 'done', '2026-09-20T17:00:00Z'),
  event('last-day', 'in-progress', '2026-09-10T17:00:00Z'),
  event('after-plan', 'blocked', '2026-10-01T17:00:00Z'),
];
const plan = { start: '2026-09-01', days: 90, timeZone: 'America/Los_Angeles' };

/** Counts with zeros left out, for short literal expectations. */
function nonZero(counts: Record<DerivedStatus, number>) {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

const cases: { name: string; now: string; phase: string; day: number; counts: Record<string, number>; seriesDays: number }[] = [
  { name: 'before the start', now: '2026-08-31T12:00:00Z', phase: 'before', day: 0, counts: { 'not-started': 4 }, seriesDays: 0 },
  // Midnight of 1 September in Los Angeles is 07:00 UTC.
  { name: 'the last second before day 1', now: '2026-09-01T06:59:59Z', phase: 'before', day: 0, counts: { 'not-started': 4 }, seriesDays: 0 },
  { name: 'the first second of day 1', now: '2026-09-01T07:00:00Z', phase: 'running', day: 1, counts: { 'not-started': 4 }, seriesDays: 1 },
  {
    name: 'day 45',
    now: '2026-10-15T20:00:00Z',
    phase: 'running',
    day: 45,
    counts: { done: 1, 'in-progress': 1, blocked: 1, 'not-started': 1 },
    seriesDays: 45,
  },
  // 29 November (day 90) ends at 08:00 UTC on the 30th (PST): "last-day" is still on time.
  {
    name: 'the last second of the last day',
    now: '2026-11-30T07:59:59Z',
    phase: 'running',
    day: 90,
    counts: { done: 1, 'in-progress': 1, blocked: 1, overdue: 1 },
    seriesDays: 90,
  },
  {
    name: 'the first second after the plan',
    now: '2026-11-30T08:00:00Z',
    phase: 'after',
    day: 90,
    counts: { done: 1, blocked: 1, overdue: 2 },
    seriesDays: 91,
  },
  { name: 'day 91', now: '2026-11-30T20:00:00Z', phase: 'after', day: 90, counts: { done: 1, blocked: 1, overdue: 2 }, seriesDays: 91 },
  { name: 'day 200', now: '2027-03-19T20:00:00Z', phase: 'after', day: 90, counts: { done: 1, overdue: 3 }, seriesDays: 200 },
];

describe('planStatus', () => {
  for (const c of cases) {
    it(`agrees everywhere ${c.name}`, () => {
      const status = planStatus(commitments, events, plan, new Date(c.now));
      expect(status.position).toMatchObject({ phase: c.phase, day: c.day });
      // The summary.
      expect(nonZero(status.counts)).toEqual(c.counts);
      // The tracker rows.
      const rows: Record<string, number> = {};
      for (const s of status.states) rows[s.status] = (rows[s.status] ?? 0) + 1;
      expect(rows).toEqual(c.counts);
      // The chart: one point per day up to today, the last one (the legend) equal to the summary.
      expect(status.series).toHaveLength(c.seriesDays);
      if (c.seriesDays > 0) {
        expect(status.series.at(-1)!.day).toBe(c.seriesDays);
        expect(nonZero(status.series.at(-1)!.counts)).toEqual(c.counts);
      }
    });
  }

  it('turns the plan to "after" and the last day\'s commitment to overdue at the same instant', () => {
    const before = planStatus(commitments, events, plan, new Date('2026-11-30T07:59:59.999Z'));
    const after = planStatus(commitments, events, plan, new Date('2026-11-30T08:00:00.000Z'));
    expect([before.position.phase, before.states[1]!.status]).toEqual(['running', 'in-progress']);
    expect([after.position.phase, after.states[1]!.status]).toEqual(['after', 'overdue']);
  });
});
