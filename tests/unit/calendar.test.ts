/** The webinar calendar (src/lib/calendar.ts, src/lib/calendar-vtimezone.ts), read back with ical.js. */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCalendar, eventDescription, eventUid, type CalendarOptions, type WebinarEvent } from '../../src/lib/calendar';
import { isRepeatedWallTime, offsetTransitions, vtimezone } from '../../src/lib/calendar-vtimezone';

const words: CalendarOptions['words'] = {
  when: 'When',
  presenters: 'Presenters',
  join: 'Join',
  recording: 'Recording',
  moved: 'Moved from',
  details: 'Details',
  online: 'Online',
  formatDateTime: (date, timeZone) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date),
};
const options: CalendarOptions = {
  name: 'Brightwell webinars',
  description: 'Weekly webinars',
  refreshSeconds: 21600,
  host: 'trust.example',
  url: 'https://trust.example/webinars.ics',
  prodId: '//Brightwell//Trust Center//EN',
  words,
};

const moved: WebinarEvent = {
  slug: 'week-1-live',
  title: 'Webinar 1: the plan, "live"; with ümlauts & 日本語',
  summary: 'Our first webinar.',
  start: new Date('2026-09-03T09:00:00-07:00'),
  duration: 45,
  timeZone: 'America/Los_Angeles',
  url: 'https://trust.example/webinars/week-1-live/',
  recordingUrl: 'https://video.example/webinar-1',
  previousStarts: [new Date('2026-09-02T09:00:00-07:00')],
  published: new Date('2026-08-31T16:00:00Z'),
  updated: new Date('2026-09-01T10:00:00Z'),
  presenters: ['Ada Fixture', 'Ben Fixture'],
};
const upcoming: WebinarEvent = {
  slug: 'berlin',
  title: 'Winter webinar',
  summary: 'In Berlin time.',
  start: new Date('2026-12-03T09:00:00+01:00'),
  duration: 60,
  timeZone: 'Europe/Berlin',
  url: 'https://trust.example/webinars/berlin/',
  joinUrl: 'https://video.example/join/2',
  previousStarts: [],
  published: new Date('2026-11-01T00:00:00Z'),
  presenters: ['Ada Fixture'],
};
const tokyo: WebinarEvent = { ...upcoming, slug: 'tokyo', start: new Date('2026-12-03T09:00:00+09:00'), timeZone: 'Asia/Tokyo', joinUrl: undefined };

/** Parses a calendar and returns its events. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('the calendar file', () => {
  // The output must not depend on the build machine's time zone.
  const originalTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Kolkata';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('has one event per webinar with a stable UID', () => {
    const { events: parsed } = events(buildCalendar(options, [moved, upcoming, tokyo]));
    expect(parsed.map((e) => e.uid)).toEqual(['week-1-live@trust.example', 'berlin@trust.example', 'tokyo@trust.example']);
    expect(eventUid('x', 'trust.example')).toBe('x@trust.example');
  });

  it('starts each webinar at the right instant, in its own time zone', () => {
    const text = buildCalendar(options, [moved, upcoming, tokyo]);
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20260903T090000');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261203T090000');
    const { events: parsed } = events(text);
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-09-03T16:00:00.000Z',
      '2026-12-03T08:00:00.000Z',
      '2026-12-03T00:00:00.000Z',
    ]);
    expect(parsed.map((e) => e.startDate.zone?.tzid)).toEqual(['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo']);
    expect(parsed.map((e) => e.endDate.toJSDate().toISOString())).toEqual(['2026-09-03T16:45:00.000Z', '2026-12-03T09:00:00.000Z', '2026-12-03T01:00:00.000Z']);
  });

  it('counts moves in SEQUENCE and dates the last change', () => {
    const { events: parsed } = events(buildCalendar(options, [moved, upcoming]));
    expect(parsed.map((e) => e.sequence)).toEqual([1, 0]);
    const lastModified = parsed.map((e) => e.component.getFirstPropertyValue('last-modified')!.toString());
    expect(lastModified).toEqual(['2026-09-01T10:00:00Z', '2026-11-01T00:00:00Z']);
  });

  it('links the page and gives the recording or join link in the description', () => {
    const { events: parsed } = events(buildCalendar(options, [moved, upcoming]));
    expect(parsed[0]!.component.getFirstPropertyValue('url')).toBe(moved.url);
    expect(parsed[0]!.description).toContain('Recording: https://video.example/webinar-1');
    expect(parsed[0]!.description).toContain('Moved from: 2 September 2026');
    expect(parsed[1]!.description).toContain('Join: https://video.example/join/2');
    expect(parsed[1]!.location).toBe('https://video.example/join/2');
    expect(parsed[0]!.summary).toBe(moved.title);
  });

  it('names a calendar to subscribe to, and leaves a one-event download unnamed', () => {
    const subscribed = events(buildCalendar(options, [moved])).calendar;
    expect(subscribed.getFirstPropertyValue('x-wr-calname')).toBe('Brightwell webinars');
    expect(subscribed.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT6H');
    const single = events(buildCalendar({ ...options, name: undefined, description: undefined, refreshSeconds: undefined }, [moved])).calendar;
    expect(single.getFirstPropertyValue('x-wr-calname')).toBeNull();
    expect(single.getFirstPropertyValue('refresh-interval')).toBeNull();
  });

  it('writes the description in plain lines', () => {
    expect(eventDescription(upcoming, words).split('\n')).toEqual([
      'In Berlin time.',
      '',
      'When: 3 December 2026 at 09:00 (3 December 2026 at 08:00)',
      'Presenters: Ada Fixture',
      'Join: https://video.example/join/2',
      'Details: https://trust.example/webinars/berlin/',
    ]);
  });
});

describe('VTIMEZONE from the runtime time zone data', () => {
  it('finds each offset change to the minute', () => {
    const changes = offsetTransitions('Europe/Berlin', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(changes.map((c) => [c.at.toISOString(), c.from, c.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 60, 120],
      ['2026-10-25T01:00:00.000Z', 120, 60],
    ]);
  });

  it('writes observances that ical.js turns into the right instants, on both sides of a change', () => {
    const block = vtimezone('America/New_York', new Date('2026-03-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      block,
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;TZID=America/New_York:20260307T120000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;TZID=America/New_York:20260309T120000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { events: parsed } = events(text);
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-03-07T17:00:00.000Z', '2026-03-09T16:00:00.000Z']);
    expect(block).toContain('TZNAME:EDT');
  });

  it('writes a single observance for a zone without changes', () => {
    const block = vtimezone('Asia/Tokyo', new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z'));
    expect(block.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
    expect(block).toContain('TZOFFSETTO:+0900');
  });
});

describe('webinars at the daylight-saving changes', () => {
  /** A webinar in Los Angeles at an instant. */
  const at = (slug: string, iso: string, duration = 60): WebinarEvent => ({ ...moved, slug, start: new Date(iso), duration, previousStarts: [] });
  const webinars = [
    // 1 November 2026: clocks go back at 02:00 PDT, so 01:30 happens twice.
    at('first-0130', '2026-11-01T01:30:00-07:00', 30),
    at('second-0130', '2026-11-01T01:30:00-08:00', 30),
    // Starts before the change, ends in the repeated hour.
    at('ends-in-repeat', '2026-11-01T00:30:00-07:00', 90),
    at('after-fall-back', '2026-11-01T03:00:00-08:00'),
    // 8 March 2026: clocks go forward at 02:00 PST to 03:00 PDT.
    at('before-spring', '2026-03-08T01:30:00-08:00'),
    at('after-spring', '2026-03-08T03:30:00-07:00'),
  ];

  it('gives every webinar its own absolute start and end, read back with ical.js', () => {
    const { events: parsed } = events(buildCalendar(options, webinars));
    expect(parsed.map((e) => [e.uid.split('@')[0], e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      ['first-0130', '2026-11-01T08:30:00.000Z', '2026-11-01T09:00:00.000Z'],
      ['second-0130', '2026-11-01T09:30:00.000Z', '2026-11-01T10:00:00.000Z'],
      ['ends-in-repeat', '2026-11-01T07:30:00.000Z', '2026-11-01T09:00:00.000Z'],
      ['after-fall-back', '2026-11-01T11:00:00.000Z', '2026-11-01T12:00:00.000Z'],
      ['before-spring', '2026-03-08T09:30:00.000Z', '2026-03-08T10:30:00.000Z'],
      ['after-spring', '2026-03-08T10:30:00.000Z', '2026-03-08T11:30:00.000Z'],
    ]);
  });

  it("writes a repeated local time in UTC and every other one in the webinar's zone", () => {
    const text = buildCalendar(options, webinars);
    expect(text).toContain('DTSTART:20261101T083000Z');
    expect(text).toContain('DTSTART:20261101T093000Z');
    expect(text).toContain('DTSTART:20261101T073000Z');
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20261101T030000');
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20260308T013000');
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20260308T033000');
  });

  it('knows which local times occur twice', () => {
    expect(isRepeatedWallTime(new Date('2026-11-01T01:30:00-07:00'), 'America/Los_Angeles')).toBe(true);
    expect(isRepeatedWallTime(new Date('2026-11-01T01:30:00-08:00'), 'America/Los_Angeles')).toBe(true);
    expect(isRepeatedWallTime(new Date('2026-11-01T00:59:00-07:00'), 'America/Los_Angeles')).toBe(false);
    expect(isRepeatedWallTime(new Date('2026-11-01T02:00:00-08:00'), 'America/Los_Angeles')).toBe(false);
    expect(isRepeatedWallTime(new Date('2026-03-08T03:30:00-07:00'), 'America/Los_Angeles')).toBe(false);
    expect(isRepeatedWallTime(new Date('2026-10-25T02:30:00+01:00'), 'Europe/Berlin')).toBe(true);
    expect(isRepeatedWallTime(new Date('2026-11-01T01:30:00-08:00'), 'Asia/Tokyo')).toBe(false);
  });
});
