/**
 * The commitments calendar (/plan.ics) with ical-generator: one all-day VEVENT per
 * commitment on its current due day. The UID is stable (`commitment-<id>@<host>`) and the
 * SEQUENCE counts the announced revisions, so a calendar app that already holds the event
 * moves it when the date slips instead of adding a second one.
 */
import { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { publishedCalendar } from './calendar';
import { dayAsDate, type DueRevision } from './due-revisions';

/** One commitment, as the calendar needs it. */
export interface DueEvent {
  /** Commitment id: its UID is `commitment-<id>@<host>`. */
  id: string;
  /** The promise in a few words. */
  title: string;
  /** What exactly was promised. */
  summary: string;
  /** Due day now (YYYY-MM-DD). */
  due: string;
  /** Due day as first promised (YYYY-MM-DD). */
  originalDue: string;
  /** Announced revisions, oldest first. */
  revisions: readonly Pick<DueRevision, 'from' | 'to' | 'reason'>[];
  /** Status label at build time. */
  status: string;
  /** When the promise was made. */
  promised: Date;
  /** When the latest revision was announced, or the promise made. */
  modified: Date;
  /** Absolute URL of the commitment's page. */
  url: string;
  /** True when the commitment was withdrawn: the event is CANCELLED. */
  withdrawn: boolean;
}

/** Words and settings of the commitments calendar. */
export interface DueCalendarOptions {
  /** Calendar name. */
  name: string;
  /** Calendar description. */
  description: string;
  /** Host used in UIDs. */
  host: string;
  /** Absolute URL of the calendar file. */
  url: string;
  /** Product id, "//Company//Product//EN". */
  prodId: string;
  /** How often subscribers should refresh, in seconds. */
  refreshSeconds: number;
  /** Interface words. */
  words: { original: string; moves: string; status: string; details: string; formatDay: (day: string) => string };
}

/** The stable UID of a commitment's event. */
export function dueEventUid(id: string, host: string): string {
  return `commitment-${id}@${host}`;
}

/** The plain-text description of a commitment's event. */
export function dueEventDescription(event: DueEvent, words: DueCalendarOptions['words']): string {
  const lines = [event.summary, '', `${words.status}: ${event.status}`];
  if (event.revisions.length > 0) {
    lines.push(`${words.original}: ${words.formatDay(event.originalDue)}`);
    lines.push(`${words.moves}: ${event.revisions.map((r) => `${words.formatDay(r.from)} → ${words.formatDay(r.to)} (${r.reason})`).join('; ')}`);
  }
  lines.push(`${words.details}: ${event.url}`);
  return lines.join('\n');
}

/** The iCalendar text for the commitments, in the order given. */
export function buildDueCalendar(options: DueCalendarOptions, events: readonly DueEvent[]): string {
  const calendar = publishedCalendar(options);
  for (const event of events) {
    calendar.createEvent({
      id: dueEventUid(event.id, options.host),
      sequence: event.revisions.length,
      allDay: true,
      start: dayAsDate(event.due),
      summary: event.title,
      description: dueEventDescription(event, options.words),
      url: event.url,
      status: event.withdrawn ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      created: event.promised,
      lastModified: event.modified,
      stamp: event.modified,
    });
  }
  return calendar.toString();
}
