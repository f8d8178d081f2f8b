/**
 * Where the plan stands in its whole life, in numbers the pages put into words: before it
 * starts (days to go), while it runs (day N, days left), on its last day, and after it ends
 * (days since), with its first and last calendar day; and, once it has ended, the final
 * tally and what remains open. Any length of plan; days are counted in the company's zone.
 */
import { dayInZone, daysBetween } from './dates';

/** The four phases of a plan's life. */
export type PlanPhase = 'before' | 'running' | 'last-day' | 'after';

/** The plan's standing at one moment. */
export interface PlanStanding {
  /** Which phase the plan is in. */
  phase: PlanPhase;
  /** Day N of the plan today: 0 before it, N while it runs (the length on its last day), the length after it. */
  day: number;
  /** Length of the plan in days. */
  length: number;
  /** Day 1 (YYYY-MM-DD). */
  firstDay: string;
  /** The last day (YYYY-MM-DD): day `length`. */
  lastDay: string;
  /** Before: days until day 1 (1 on the eve of the plan); otherwise 0. */
  daysToStart: number;
  /** While it runs: days after today that remain (0 on the last day); otherwise 0. */
  daysLeft: number;
  /** After: days since the last day (1 on the day after it); otherwise 0. */
  daysSinceEnd: number;
}

/** The calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The plan's standing at `now`: day 1 is `start` (YYYY-MM-DD), days begin at midnight in `timeZone`. */
export function planStanding(start: string, length: number, now: Date, timeZone: string): PlanStanding {
  const today = dayInZone(now, timeZone);
  const lastDay = addDays(start, length - 1);
  const day = daysBetween(start, today) + 1;
  const base = { length, firstDay: start, lastDay, daysToStart: 0, daysLeft: 0, daysSinceEnd: 0 };
  if (day < 1) return { ...base, phase: 'before', day: 0, daysToStart: 1 - day };
  if (day > length) return { ...base, phase: 'after', day: length, daysSinceEnd: day - length };
  return { ...base, phase: day === length ? 'last-day' : 'running', day, daysLeft: length - day };
}

/** What the tally needs to know of a commitment. */
export interface TalliedCommitment {
  /** Stable id. */
  id: string;
  /** The promise in a few words. */
  title: string;
  /** The current due day (YYYY-MM-DD). */
  due: string;
  /** Derived status now ("done", "overdue", …). */
  status: string;
  /** True when the promise was withdrawn (with a reason, in a post). */
  withdrawn: boolean;
}

/** The plan's tally: how many promises, how many kept, withdrawn, and those still open. */
export interface PlanTally {
  /** Every commitment. */
  total: number;
  /** Commitments done. */
  done: number;
  /** Commitments withdrawn. */
  withdrawn: number;
  /** Neither done nor withdrawn, soonest due first (then by title). */
  open: TalliedCommitment[];
}

/** Counts done and withdrawn commitments and lists the open ones. */
export function planTally(commitments: readonly TalliedCommitment[]): PlanTally {
  const open = commitments.filter((c) => c.status !== 'done' && !c.withdrawn).sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
  return {
    total: commitments.length,
    done: commitments.filter((c) => c.status === 'done' && !c.withdrawn).length,
    withdrawn: commitments.filter((c) => c.withdrawn).length,
    open,
  };
}
