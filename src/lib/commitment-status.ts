/**
 * Derives each commitment's status from dated status updates. Status is never typed on
 * a page: it is the latest reported status, or "overdue" when the due day has passed
 * without "done".
 */
import { dayInZone } from './dates';
import { dayAsDate, deriveDueHistory, pastDay, type DueHistory } from './due-revisions';
import type { ReportedStatus } from './vocabulary';

/** A status as shown: what authors report, plus the derived "overdue". */
export type DerivedStatus = ReportedStatus | 'overdue';

/** One dated status report, with the post that carries it as evidence. */
export interface StatusEvent {
  /** Commitment id. */
  commitment: string;
  /** Reported status. */
  status: ReportedStatus;
  /** The evidence sentence. */
  note: string;
  /** When the carrying post was published. */
  date: Date;
  /** Title of the carrying post. */
  sourceTitle: string;
  /** Site path of the carrying post. */
  sourcePath: string;
  /** A new due day announced by this update (midnight UTC), if any. */
  due?: Date;
  /** Why the due day moved or the commitment was withdrawn. */
  reason?: string;
  /** True when this update withdraws the commitment. */
  withdrawn?: boolean;
}

/** What the tracker needs to know about a commitment. */
export interface CommitmentLike {
  /** Commitment id. */
  id: string;
  /** Original due day (as first published), as midnight UTC of that calendar day (the whole day counts as on time). */
  due: Date;
}

/** A commitment's derived state. */
export interface CommitmentState {
  /** Status to show. */
  status: DerivedStatus;
  /** Latest reported status, before the overdue rule. */
  reported: ReportedStatus;
  /** Its updates, oldest first. */
  history: StatusEvent[];
  /** The latest update, if any. */
  lastUpdate?: StatusEvent;
  /** When it was first reported done (later "done" reports confirm it), if it is done. */
  doneOn?: Date;
  /** True when it was done after its current due day. */
  late: boolean;
  /** True when it was done after the original due day, or is still not done after it. */
  pastOriginal: boolean;
  /** The original due day, its revisions, the current one and any withdrawal. */
  dues: DueHistory;
}

/** True when `moment`, seen in the company's time zone, falls on a day after the due day. */
function pastDue(due: Date, moment: Date, timeZone: string): boolean {
  return dayInZone(moment, timeZone) > dayInZone(due, 'UTC');
}

/**
 * Derives the state of one commitment at `now` from all status events (any order; only
 * this commitment's events dated at or before `now` count). Deadlines are calendar days in
 * `timeZone`, the company's zone: done any time on the due day is on time.
 */
export function deriveCommitmentState(commitment: CommitmentLike, events: readonly StatusEvent[], now: Date, timeZone = 'UTC'): CommitmentState {
  const history = events.filter((e) => e.commitment === commitment.id && e.date.getTime() <= now.getTime()).sort((a, b) => a.date.getTime() - b.date.getTime());
  const lastUpdate = history.at(-1);
  const reported: ReportedStatus = lastUpdate?.status ?? 'not-started';
  // Done since the first of the trailing "done" reports (later ones only confirm it).
  let firstDone = history.length;
  while (reported === 'done' && firstDone > 0 && history[firstDone - 1]!.status === 'done') firstDone -= 1;
  const doneOn = reported === 'done' ? history[firstDone]?.date : undefined;
  // Overdue and late are judged against the due day in force now (revisions included); a withdrawn commitment is never overdue.
  const dues = deriveDueHistory(commitment, events, now);
  const due = dayAsDate(dues.current);
  const status: DerivedStatus = reported !== 'done' && !dues.withdrawal && pastDue(due, now, timeZone) ? 'overdue' : reported;
  const late = doneOn !== undefined && pastDue(due, doneOn, timeZone);
  const pastOriginal = !dues.withdrawal && pastDay(dues.original, doneOn ?? now, timeZone);
  return { status, reported, history, lastUpdate, doneOn, late, pastOriginal, dues };
}

/** Counts of commitments per derived status. */
export type StatusCounts = Record<DerivedStatus, number>;

/** A count of zero for every status. */
export function emptyStatusCounts(): StatusCounts {
  return { 'not-started': 0, 'in-progress': 0, blocked: 0, done: 0, overdue: 0 };
}

/** Counts commitments per derived status at `now`. */
export function countStatuses(commitments: readonly CommitmentLike[], events: readonly StatusEvent[], now: Date, timeZone = 'UTC'): StatusCounts {
  const counts = emptyStatusCounts();
  for (const c of commitments) counts[deriveCommitmentState(c, events, now, timeZone).status] += 1;
  return counts;
}
