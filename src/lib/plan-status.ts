/**
 * Where the plan stands at a moment, in one place and one time zone (the company's): the
 * day counter, each commitment's status, the counts of the summary and the chart's series.
 * Every status comes from deriveCommitmentState, so the summary, the chart legend and the
 * tracker rows agree for any "now", before, during and after the plan.
 */
import { countStatuses, deriveCommitmentState, type CommitmentLike, type CommitmentState, type StatusCounts, type StatusEvent } from './commitment-status';
import { planPosition, type PlanPosition } from './plan';
import { dailyStatusCounts, type DayCounts } from './progress-series';

/** The plan's settings: first day (YYYY-MM-DD), length in days and the company's time zone. */
export interface PlanClock {
  /** First day of the plan, a calendar day in `timeZone`. */
  start: string;
  /** Length of the plan in days. */
  days: number;
  /** The company's time zone: plan days begin and deadlines end at its midnight. */
  timeZone: string;
}

/** The plan at one moment. */
export interface PlanStatus {
  /** Day N of the plan, or before / after it. */
  position: PlanPosition;
  /** Each commitment's state, in the order given. */
  states: CommitmentState[];
  /** Commitments per status now (the summary; equal to the series' last point from day 1 on). */
  counts: StatusCounts;
  /** Counts for each day from day 1 up to today (the chart and its table). */
  series: DayCounts[];
}

/** The plan's position, states, counts and daily series at `now`, all in `plan.timeZone`. */
export function planStatus(commitments: readonly CommitmentLike[], events: readonly StatusEvent[], plan: PlanClock, now: Date): PlanStatus {
  return {
    position: planPosition(plan.start, plan.days, now, plan.timeZone),
    states: commitments.map((c) => deriveCommitmentState(c, events, now, plan.timeZone)),
    counts: countStatuses(commitments, events, now, plan.timeZone),
    series: dailyStatusCounts(commitments, events, { ...plan, deadlineTimeZone: plan.timeZone }, now),
  };
}
