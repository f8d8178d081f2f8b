/**
 * How the plan's commitments stood on each day: the data behind the progress chart and
 * its text equivalent. Each day is judged at its end (or at "now" for today), with the
 * same derivation as the tracker.
 */
import { countStatuses, type CommitmentLike, type DerivedStatus, type StatusEvent } from './commitment-status';
import { tzOffset } from '@date-fns/tz';
import { daysBetween, dayInZone } from './dates';

/** The counts of one day of the plan. */
export interface DayCounts {
  /** Day of the plan, 1 = start day. */
  day: number;
  /** The calendar day, YYYY-MM-DD in the plan's time zone. */
  date: string;
  /** Commitments per derived status at the end of that day. */
  counts: Record<DerivedStatus, number>;
}

const DAY_MS = 86_400_000;

const MINUTE_MS = 60_000;

/** The last millisecond of a calendar day (YYYY-MM-DD) in a time zone. */
export function endOfDay(day: string, timeZone: string): Date {
  const nextMidnightWall = Date.parse(`${day}T00:00:00Z`) + DAY_MS;
  // Two passes settle the offset when the day ends near a daylight-saving change.
  let start = nextMidnightWall - tzOffset(timeZone, new Date(nextMidnightWall)) * MINUTE_MS;
  start = nextMidnightWall - tzOffset(timeZone, new Date(start)) * MINUTE_MS;
  return new Date(start - 1);
}

/** The calendar day `n` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Counts per status for every day of the plan from day 1 up to today, also after the
 * plan's last day, so that the last point is always "now", as on the tracker and the
 * summary; empty before the plan starts. Days are calendar days in `timeZone`; deadlines
 * are judged in `deadlineTimeZone` (default and normally: the same zone).
 */
export function dailyStatusCounts(
  commitments: readonly CommitmentLike[],
  events: readonly StatusEvent[],
  plan: { start: string; days: number; timeZone: string; deadlineTimeZone?: string },
  now: Date,
): DayCounts[] {
  const today = dayInZone(now, plan.timeZone);
  const lastDay = daysBetween(plan.start, today) + 1;
  const series: DayCounts[] = [];
  for (let day = 1; day <= lastDay; day++) {
    const date = addDays(plan.start, day - 1);
    const end = endOfDay(date, plan.timeZone);
    const at = end.getTime() < now.getTime() ? end : now;
    series.push({ day, date, counts: countStatuses(commitments, events, at, plan.deadlineTimeZone ?? plan.timeZone) });
  }
  return series;
}

/** Consecutive days with identical counts merged into one range: the compact text equivalent of the chart. */
export interface CountRange {
  /** First day of the range. */
  fromDay: number;
  /** Last day of the range. */
  toDay: number;
  /** Calendar day of fromDay. */
  fromDate: string;
  /** Calendar day of toDay. */
  toDate: string;
  /** The counts shared by every day of the range. */
  counts: Record<DerivedStatus, number>;
}

/** Merges runs of days whose counts of `statuses` are equal. */
export function countRanges(series: readonly DayCounts[], statuses: readonly DerivedStatus[]): CountRange[] {
  const ranges: CountRange[] = [];
  for (const point of series) {
    const last = ranges.at(-1);
    if (last && statuses.every((s) => last.counts[s] === point.counts[s])) {
      last.toDay = point.day;
      last.toDate = point.date;
    } else {
      ranges.push({ fromDay: point.day, toDay: point.day, fromDate: point.date, toDate: point.date, counts: point.counts });
    }
  }
  return ranges;
}
