/**
 * Plan-wide numbers for the tracker, the home page and the chart: status counts now and
 * for each day of the plan so far, from the same events as the tracker rows.
 */
import { getCollection } from 'astro:content';
import { type DerivedStatus } from '../lib/commitment-status';
import { planStatus, type PlanStatus } from '../lib/plan-status';
import { endOfDay, type DayCounts } from '../lib/progress-series';
import { statusSteps, type StatusStep } from '../lib/status-steps';
import { site } from '../site.config';
import { getStatusEvents, getTrackedCommitments } from './commitments';
import { commitmentRecords, type CommitmentRecord } from './open-data';
import { now } from './posts';

/** The order statuses are listed in on summaries. */
export const STATUS_ORDER: readonly DerivedStatus[] = ['done', 'in-progress', 'blocked', 'not-started', 'overdue'];

let status: Promise<PlanStatus> | undefined;

/** The plan at the build's "now", in the company's time zone (site.deadlineTimeZone): one derivation for every page. */
export function currentPlanStatus(): Promise<PlanStatus> {
  status ??= (async () => {
    const [entries, events] = await Promise.all([getCollection('commitments'), getStatusEvents()]);
    return planStatus(
      entries.map((e) => ({ id: e.id, due: e.data.due })),
      events,
      { start: site.planStart, days: site.planDays, timeZone: site.deadlineTimeZone },
      now,
    );
  })();
  return status;
}

/** Commitments per derived status at the build's "now" (the chart's last point from day 1 on). */
export async function statusCounts(): Promise<Record<DerivedStatus, number>> {
  return (await currentPlanStatus()).counts;
}

/** Counts per status for each day from day 1 of the plan up to today. */
export async function dailySeries(): Promise<DayCounts[]> {
  return (await currentPlanStatus()).series;
}

/** A tracker row: the commitment's open-data record and its status steps with evidence. */
export interface TrackerRow {
  /** What /data/commitments.json says about it. */
  record: CommitmentRecord;
  /** Each status it has had, with the post that reported it. */
  steps: StatusStep[];
  /** The last moment of the current due day in the company's time zone (done by then is on time). */
  dueEnd: Date;
}

/** One row per commitment, soonest due first (the order of /data/commitments.json). */
export async function trackerRows(): Promise<TrackerRow[]> {
  const [records, tracked] = await Promise.all([commitmentRecords(), getTrackedCommitments()]);
  const byId = new Map(tracked.map((t) => [t.entry.id, t]));
  return records.map((record) => {
    const { state } = byId.get(record.id)!;
    // Overdue from the first moment after the due day, in the company's time zone.
    const dueEnd = endOfDay(state.dues.current, site.deadlineTimeZone);
    return { record, steps: statusSteps(state, new Date(dueEnd.getTime() + 1)), dueEnd };
  });
}
