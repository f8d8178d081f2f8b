/**
 * Due-date revisions and withdrawals as records. commitments.yaml keeps each promise as it
 * was first published (its original due date); a new due date is announced in a post, by a
 * status update that carries `due:` and `reason:`, and a withdrawal by one that carries
 * `withdrawn: true` and `reason:`. A commitment's current due date is derived from those
 * dated records, the way its status is derived from status updates.
 */
import { dayInZone, daysBetween } from './dates';

/** A status update seen as a possible revision record (only `due` or `withdrawn` make it one). */
export interface RevisionEvent {
  /** Commitment id. */
  commitment: string;
  /** When the carrying post was published (or the webinar started). */
  date: Date;
  /** The new due day, as midnight UTC of that calendar day. */
  due?: Date;
  /** Why the date moved or the commitment was withdrawn. */
  reason?: string;
  /** True when the update withdraws the commitment. */
  withdrawn?: boolean;
  /** Title of the carrying post. */
  sourceTitle: string;
  /** Site path of the carrying post. */
  sourcePath: string;
}

/** One change of a commitment's due date. */
export interface DueRevision {
  /** When it was announced (the carrying post's date). */
  announced: Date;
  /** Due day before this revision (YYYY-MM-DD). */
  from: string;
  /** Due day after it (YYYY-MM-DD). */
  to: string;
  /** Days moved: positive when the date slipped, negative when it moved earlier. */
  days: number;
  /** Why. */
  reason: string;
  /** Title of the post that announced it. */
  sourceTitle: string;
  /** Site path of that post. */
  sourcePath: string;
}

/** A withdrawal of a commitment. */
export interface Withdrawal {
  /** When it was announced. */
  announced: Date;
  /** Why the commitment was withdrawn. */
  reason: string;
  /** Title of the post that announced it. */
  sourceTitle: string;
  /** Site path of that post. */
  sourcePath: string;
}

/** A commitment's due dates: the promise, every revision, and the date that holds now. */
export interface DueHistory {
  /** Due day as first published in commitments.yaml (YYYY-MM-DD). */
  original: string;
  /** Due day that holds at `now` (YYYY-MM-DD): the last revision's, else the original. */
  current: string;
  /** Revisions announced by `now`, oldest first. */
  revisions: DueRevision[];
  /** Days between the original and the current due day (positive: later). */
  totalDays: number;
  /** The withdrawal, when one was announced by `now`. */
  withdrawal?: Withdrawal;
}

/** A due Date (midnight UTC of its day) as its calendar day. */
export function dueDay(due: Date): string {
  return dayInZone(due, 'UTC');
}

/** The calendar day as a Date at midnight UTC, the form the schema gives due dates in. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Derives the due-date history of one commitment at `now` from all events (any order; only
 * this commitment's events dated at or before `now` count). A revision to the date already
 * in force is not a revision and is left out.
 */
export function deriveDueHistory(commitment: { id: string; due: Date }, events: readonly RevisionEvent[], now: Date): DueHistory {
  const original = dueDay(commitment.due);
  const mine = events.filter((e) => e.commitment === commitment.id && e.date.getTime() <= now.getTime()).sort((a, b) => a.date.getTime() - b.date.getTime());
  const revisions: DueRevision[] = [];
  let current = original;
  let withdrawal: Withdrawal | undefined;
  for (const e of mine) {
    if (e.due) {
      const to = dueDay(e.due);
      if (to !== current) {
        revisions.push({
          announced: e.date,
          from: current,
          to,
          days: daysBetween(current, to),
          reason: e.reason ?? '',
          sourceTitle: e.sourceTitle,
          sourcePath: e.sourcePath,
        });
        current = to;
      }
    }
    if (e.withdrawn && !withdrawal) {
      withdrawal = { announced: e.date, reason: e.reason ?? '', sourceTitle: e.sourceTitle, sourcePath: e.sourcePath };
    }
  }
  return { original, current, revisions, totalDays: daysBetween(original, current), withdrawal };
}

/** True when `moment`, seen in `timeZone`, falls on a day after `day` (YYYY-MM-DD). */
export function pastDay(day: string, moment: Date, timeZone: string): boolean {
  return dayInZone(moment, timeZone) > day;
}
