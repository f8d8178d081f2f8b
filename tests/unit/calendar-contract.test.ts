/**
 * The webinar calendar (src/lib/calendar.ts, calendar-vtimezone.ts) as exact text: a webinar
 * moved twice (SEQUENCE:2), a zone with a half-hour offset west of UTC, special characters in
 * the title, and a calendar to subscribe to. Every line below was checked by hand against
 * RFC 5545 and the zones' rules; the build machine's own zone must not change any of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCalendar, eventDescription, type CalendarOptions, type WebinarEvent } from '../../src/lib/calendar';
import { offsetTransitions, vtimezone } from '../../src/lib/calendar-vtimezone';

const words: CalendarOptions['words'] = {
  when: 'When',
  presenters: 'Presenters',
  join: 'Join',
  recording: 'Recording',
  moved: 'Moved from',
  details: 'Details',
  online: 'Online',
  formatDateTime: (date, timeZone) => `${date.toISOString()}@${timeZone}`,
};
const download: CalendarOptions = { host: 't.example', url: 'https://t.example/c.ics', prodId: '//B//T//EN', words };
const subscribed: CalendarOptions = { ...download, name: 'N', description: 'D', refreshSeconds: 3600 };

/** Moved twice, in St. John's (UTC-3:30, -2:30 in summer), with every special character in its title. */
const movedTwice: WebinarEvent = {
  slug: 'w&<1>',
  title: 'Title & <b> "q" \'a\', semi; colon: back\\slash\r\nnext',
  summary: 'Sum, with; chars',
  start: new Date('2026-09-03T09:00:00-07:00'),
  duration: 45,
  timeZone: 'America/St_Johns',
  url: 'https://t.example/w/',
  previousStarts: [new Date('2026-09-01T09:00:00-07:00'), new Date('2026-09-02T09:00:00-07:00')],
  published: new Date('2026-08-31T16:00:00Z'),
  updated: new Date('2026-09-01T10:00:00Z'),
  presenters: ['Ada', 'Ben'],
};

/** Never moved, never edited, with both a join and a recording link and no presenters. */
const berlin: WebinarEvent = {
  slug: 'b',
  title: 'B',
  summary: 'S',
  start: new Date('2026-12-03T09:00:00+01:00'),
  duration: 60,
  timeZone: 'Europe/Berlin',
  url: 'https://t.example/b/',
  joinUrl: 'https://v.example/j',
  recordingUrl: 'https://v.example/r',
  previousStarts: [],
  published: new Date('2026-11-01T00:00:00Z'),
  presenters: [],
};

const stJohnsZone = [
  'BEGIN:VTIMEZONE',
  'TZID:America/St_Johns',
  'BEGIN:STANDARD',
  'DTSTART:20241231T203000',
  'TZOFFSETFROM:-0330',
  'TZOFFSETTO:-0330',
  'TZNAME:GMT-3:30',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:20250309T020000',
  'TZOFFSETFROM:-0330',
  'TZOFFSETTO:-0230',
  'TZNAME:GMT-2:30',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20251102T020000',
  'TZOFFSETFROM:-0230',
  'TZOFFSETTO:-0330',
  'TZNAME:GMT-3:30',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:20260308T020000',
  'TZOFFSETFROM:-0330',
  'TZOFFSETTO:-0230',
  'TZNAME:GMT-2:30',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20261101T020000',
  'TZOFFSETFROM:-0230',
  'TZOFFSETTO:-0330',
  'TZNAME:GMT-3:30',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:20270314T020000',
  'TZOFFSETFROM:-0330',
  'TZOFFSETTO:-0230',
  'TZNAME:GMT-2:30',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20271107T020000',
  'TZOFFSETFROM:-0230',
  'TZOFFSETTO:-0330',
  'TZNAME:GMT-3:30',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const berlinZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:STANDARD',
  'DTSTART:20250101T010000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0100',
  'TZNAME:GMT+1',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:20250330T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:GMT+2',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20251026T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:GMT+1',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:20260329T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:GMT+2',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20261025T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:GMT+1',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:20270328T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:GMT+2',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'DTSTART:20271031T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:GMT+1',
  'END:STANDARD',
  'END:VTIMEZONE',
];

describe('the calendar, exact text', () => {
  // Chatham Islands: UTC+13:45 in December, a zone no build machine's clock would hide a bug in.
  const originalTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Pacific/Chatham';
  });
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('writes a webinar moved twice with SEQUENCE:2, in its own zone, with escaped text', () => {
    expect(buildCalendar(download, [movedTwice]).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//B//T//EN',
      'URL:https://t.example/c.ics',
      'METHOD:PUBLISH',
      ...stJohnsZone,
      'BEGIN:VEVENT',
      'UID:w&<1>@t.example',
      'SEQUENCE:2',
      'DTSTAMP:20260901T100000Z',
      'DTSTART;TZID=America/St_Johns:20260903T133000',
      'DTEND;TZID=America/St_Johns:20260903T141500',
      'SUMMARY:Title & <b> "q" \'a\'\\, semi\\; colon: back\\\\slash\\nnext',
      'LOCATION:Online',
      'DESCRIPTION:Sum\\, with\\; chars\\n\\nWhen: 2026-09-03T16:00:00.000Z@America/S',
      ' t_Johns (2026-09-03T16:00:00.000Z@UTC)\\nMoved from: 2026-09-01T16:00:00.00',
      ' 0Z@America/St_Johns\\; 2026-09-02T16:00:00.000Z@America/St_Johns\\nPresenter',
      ' s: Ada\\, Ben\\nDetails: https://t.example/w/',
      'URL;VALUE=URI:https://t.example/w/',
      'STATUS:CONFIRMED',
      'CREATED:20260831T160000Z',
      'LAST-MODIFIED:20260901T100000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('writes a calendar to subscribe to, and dates a never-edited webinar by its publication', () => {
    expect(buildCalendar(subscribed, [berlin]).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//B//T//EN',
      'URL:https://t.example/c.ics',
      'METHOD:PUBLISH',
      'NAME:N',
      'X-WR-CALNAME:N',
      'X-WR-CALDESC:D',
      ...berlinZone,
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
      'BEGIN:VEVENT',
      'UID:b@t.example',
      'SEQUENCE:0',
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=Europe/Berlin:20261203T090000',
      'DTEND;TZID=Europe/Berlin:20261203T100000',
      'SUMMARY:B',
      'LOCATION:https://v.example/j',
      'DESCRIPTION:S\\n\\nWhen: 2026-12-03T08:00:00.000Z@Europe/Berlin (2026-12-03T',
      ' 08:00:00.000Z@UTC)\\nJoin: https://v.example/j\\nRecording: https://v.exampl',
      ' e/r\\nDetails: https://t.example/b/',
      'URL;VALUE=URI:https://t.example/b/',
      'STATUS:CONFIRMED',
      'CREATED:20261101T000000Z',
      'LAST-MODIFIED:20261101T000000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('writes an empty calendar without a time zone', () => {
    expect(buildCalendar(subscribed, []).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//B//T//EN',
      'URL:https://t.example/c.ics',
      'METHOD:PUBLISH',
      'NAME:N',
      'X-WR-CALNAME:N',
      'X-WR-CALDESC:D',
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
      'X-PUBLISHED-TTL:PT1H',
      'END:VCALENDAR',
    ]);
  });

  it('counts SEQUENCE one per move, whatever the number of moves', () => {
    const three = { ...movedTwice, previousStarts: [...movedTwice.previousStarts, new Date('2026-08-30T16:00:00Z')] };
    const text = buildCalendar(download, [three, berlin]);
    expect(text.match(/^SEQUENCE:\d+$/gm)).toEqual(['SEQUENCE:3', 'SEQUENCE:0']);
  });

  it('covers, in one VTIMEZONE per zone, the years of every start and earlier start', () => {
    // A start in 2026 moved from 2023: the zone block must reach back to 2022.
    const early = { ...berlin, previousStarts: [new Date('2023-06-01T07:00:00Z')] };
    const text = buildCalendar(download, [early]);
    expect(text.match(/^TZID:.*$/gm)).toEqual(['TZID:Europe/Berlin']);
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20220101T010000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nTZNAME:GMT+1\r\nEND:STANDARD');
    expect(text).toContain('DTSTART:20271031T030000');
    expect(text).not.toContain('DTSTART:20210101');
  });
});

describe('the description', () => {
  it('lists every earlier start, the presenters, both links and the page, in that order', () => {
    expect(eventDescription({ ...berlin, previousStarts: movedTwice.previousStarts, presenters: ['Ada', 'Ben'] }, words).split('\n')).toEqual([
      'S',
      '',
      'When: 2026-12-03T08:00:00.000Z@Europe/Berlin (2026-12-03T08:00:00.000Z@UTC)',
      'Moved from: 2026-09-01T16:00:00.000Z@Europe/Berlin; 2026-09-02T16:00:00.000Z@Europe/Berlin',
      'Presenters: Ada, Ben',
      'Join: https://v.example/j',
      'Recording: https://v.example/r',
      'Details: https://t.example/b/',
    ]);
  });
});

describe('VTIMEZONE', () => {
  it('finds a change to the exact minute, and one right at the end of the span', () => {
    expect(offsetTransitions('America/St_Johns', new Date('2026-03-08T00:00:00Z'), new Date('2026-03-08T05:31:00Z'))).toEqual([
      { at: new Date('2026-03-08T05:30:00Z'), from: -210, to: -150 },
    ]);
    expect(offsetTransitions('America/St_Johns', new Date('2026-03-08T06:00:00Z'), new Date('2026-10-31T00:00:00Z'))).toEqual([]);
  });

  it('writes the observances of a zone exactly', () => {
    expect(vtimezone('America/St_Johns', new Date('2026-09-01T00:00:00Z'), new Date('2026-09-05T00:00:00Z')).split('\r\n')).toEqual(stJohnsZone);
  });

  it('names the zone by its offset when it has no abbreviation, and writes a fixed zone once', () => {
    expect(vtimezone('Asia/Kathmandu', new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z')).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kathmandu',
      'BEGIN:STANDARD',
      'DTSTART:20250101T054500',
      'TZOFFSETFROM:+0545',
      'TZOFFSETTO:+0545',
      'TZNAME:GMT+5:45',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
});
