/** Where the plan stands on a given day. */
import { planDay } from './dates';

/** The plan's position at a moment. */
export interface PlanPosition {
  /** Day number, clamped to 1..length while the plan runs. */
  day: number;
  /** Length of the plan in days. */
  length: number;
  /** "before", "running" or "after" the plan. */
  phase: 'before' | 'running' | 'after';
}

/** The plan's position at `now`, with day 1 on `start` (a YYYY-MM-DD day in `timeZone`). */
export function planPosition(start: string, length: number, now: Date, timeZone: string): PlanPosition {
  const day = planDay(start, now, timeZone);
  if (day < 1) return { day: 0, length, phase: 'before' };
  if (day > length) return { day: length, length, phase: 'after' };
  return { day, length, phase: 'running' };
}
