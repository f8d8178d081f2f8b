/**
 * A commitment's history as the steps a reader cares about: each time its status changed,
 * with the post that reported the change (the evidence for that status) and the updates
 * that confirmed it afterwards.
 */
import type { CommitmentState, DerivedStatus, StatusEvent } from './commitment-status';

/** A period during which a commitment kept one status. */
export interface StatusStep {
  /** The status of the period ("overdue" only for the derived last step). */
  status: DerivedStatus;
  /** When the period started. */
  from: Date;
  /** The update that started the period; absent for a derived "overdue" step. */
  evidence?: StatusEvent;
  /** Every update reported during the period, oldest first. */
  updates: StatusEvent[];
}

/**
 * Groups a history (oldest first) into status changes; adds a final "overdue" step, from
 * `overdueFrom` (the moment the due day ended), when the state is overdue.
 */
export function statusSteps(state: Pick<CommitmentState, 'history' | 'status'>, overdueFrom?: Date): StatusStep[] {
  const steps: StatusStep[] = [];
  for (const event of state.history) {
    const last = steps.at(-1);
    if (last && last.status === event.status) last.updates.push(event);
    else steps.push({ status: event.status, from: event.date, evidence: event, updates: [event] });
  }
  if (state.status === 'overdue') {
    const from = overdueFrom ?? steps.at(-1)?.from ?? new Date(0);
    steps.push({ status: 'overdue', from, updates: [] });
  }
  return steps;
}
