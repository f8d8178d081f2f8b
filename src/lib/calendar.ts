/**
 * The webinar calendar (RFC 5545) with ical-generator: one VEVENT per webinar, with a
 * stable UID, its start in the webinar's own time zone (TZID plus a VTIMEZONE block; in
 * UTC when that local time occurs twice, on the day clocks go back), an
 * end, a SEQUENCE that counts the times it moved, LAST-MODIFIED, its page URL, and a
 * description with the join or recording link.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { isRepeatedWallTime, vtimezone } from './calendar-vtimezone';

/** One webinar, as the calendar needs it. */
export interface WebinarEvent {
  /** The webinar's slug: its UID is `<slug>@<host>`. */
  slug: string;
  /** Title. */
  title: string;
  /** One or two sentences. */
  summary: string;
  /** Start moment. */
  start: Date;
  /** Length in minutes. */
  duration: number;
  /** IANA zone it is announced in. */
  timeZone: string;
  /** Absolute URL of the webinar's page. */
  url: string;
  /** Where to register or join. */
  joinUrl?: string;
  /** Where to watch it afterwards. */
  recordingUrl?: string;
  /** Earlier start times (one per move). */
  previousStarts: readonly Date[];
  /** When the post was published. */
  published: Date;
  /** When it was last changed, if ever. */
  updated?: Date;
  /** Presenter names. */
  presenters: readonly string[];
}

/** Words the calendar needs, from the interface strings. */
export interface CalendarWords {
  /** Label before the start time in the description. */
  when: string;
  /** Label before the presenters. */
  presenters: string;
  /** Label before the join link. */
  join: string;
  /** Label before the recording link. */
  recording: string;
  /** Label before the earlier start times. */
  moved: string;
  /** Label before the page link. */
  details: string;
  /** Location of an online webinar without a join link. */
  online: string;
  /** Formats a moment in a zone, e.g. "3 September 2026 at 09:00 PDT". */
  formatDateTime: (date: Date, timeZone: string) => string;
}

/** Settings of a calendar file. */
export interface CalendarOptions {
  /** Calendar name (NAME / X-WR-CALNAME) of a calendar to subscribe to; leave it out for a one-event download, which apps then add to an existing calendar. */
  name?: string;
  /** Calendar description, for a calendar to subscribe to. */
  description?: string;
  /** How often subscribers should refresh, in seconds (REFRESH-INTERVAL / X-PUBLISHED-TTL), for a calendar to subscribe to. */
  refreshSeconds?: number;
  /** Host used in UIDs, e.g. "trust.brightwell.example". */
  host: string;
  /** Absolute URL of the calendar file. */
  url: string;
  /** Product id, "//Company//Product//EN". */
  prodId: string;
  /** Interface words. */
  words: CalendarWords;
}

/** The plain-text description of a webinar event. */
export function eventDescription(event: WebinarEvent, words: CalendarWords): string {
  const lines = [event.summary, '', `${words.when}: ${words.formatDateTime(event.start, event.timeZone)} (${words.formatDateTime(event.start, 'UTC')})`];
  if (event.previousStarts.length > 0) {
    lines.push(`${words.moved}: ${event.previousStarts.map((d) => words.formatDateTime(d, event.timeZone)).join('; ')}`);
  }
  if (event.presenters.length > 0) lines.push(`${words.presenters}: ${event.presenters.join(', ')}`);
  if (event.joinUrl) lines.push(`${words.join}: ${event.joinUrl}`);
  if (event.recordingUrl) lines.push(`${words.recording}: ${event.recordingUrl}`);
  lines.push(`${words.details}: ${event.url}`);
  return lines.join('\n');
}

/** The stable UID of a webinar: `<slug>@<host>`. */
export function eventUid(slug: string, host: string): string {
  return `${slug}@${host}`;
}

/** What every calendar the site publishes says about itself. */
export interface PublishedCalendarOptions {
  /** Calendar name (none for a one-event download). */
  name?: string;
  /** Calendar description. */
  description?: string;
  /** Product id, "//Company//Product//EN". */
  prodId: string;
  /** Absolute URL of the calendar file. */
  url: string;
  /** How often subscribers should refresh, in seconds (none when unset). */
  refreshSeconds?: number;
}

/** An empty calendar for publishing (METHOD:PUBLISH), shared by the webinar and commitment calendars. */
export function publishedCalendar(options: PublishedCalendarOptions): ICalCalendar {
  return ical({
    name: options.name,
    description: options.description,
    prodId: options.prodId,
    url: options.url,
    method: ICalCalendarMethod.PUBLISH,
    ttl: options.refreshSeconds ?? null,
  });
}

/** The iCalendar text for the given webinars (in the order given). */
export function buildCalendar(options: CalendarOptions, events: readonly WebinarEvent[]): string {
  const times = events.flatMap((e) => [e.start, ...e.previousStarts]).map((d) => d.getTime());
  const earliest = new Date(times.length ? Math.min(...times) : 0);
  const latest = new Date(times.length ? Math.max(...times) : 0);
  const calendar = publishedCalendar(options).timezone({ name: null, generator: (zone) => vtimezone(zone, earliest, latest) });
  for (const event of events) {
    const modified = event.updated ?? event.published;
    const end = new Date(event.start.getTime() + event.duration * 60_000);
    // A local time that occurs twice (when clocks go back) is read as its first occurrence:
    // such an event is written in UTC, which every calendar app shows in its reader's zone.
    const repeated = isRepeatedWallTime(event.start, event.timeZone) || isRepeatedWallTime(end, event.timeZone);
    calendar.createEvent({
      id: eventUid(event.slug, options.host),
      sequence: event.previousStarts.length,
      // A TZDate shows its wall clock in the zone ical-generator gives it, so DTSTART;TZID=…
      // carries the webinar's local time whatever the build machine's zone.
      start: new TZDate(event.start.getTime(), 'UTC'),
      end: new TZDate(end.getTime(), 'UTC'),
      timezone: repeated ? null : event.timeZone,
      summary: event.title,
      description: eventDescription(event, options.words),
      location: event.joinUrl ?? options.words.online,
      url: event.url,
      status: ICalEventStatus.CONFIRMED,
      created: event.published,
      lastModified: modified,
      stamp: modified,
    });
  }
  return calendar.toString();
}
