/**
 * The commitments calendar (src/lib/due-calendar.ts) written out in full: every property of
 * each VEVENT (UID, SEQUENCE as the number of revisions, the all-day start, TRANSP, STATUS,
 * CREATED, LAST-MODIFIED and DTSTAMP), and the description with no, one and two revisions,
 * with values holding &, <, ; and , (iCalendar escapes the last two).
 */
import { describe, expect, it } from 'vitest';
import { buildDueCalendar, dueEventDescription, dueEventUid, type DueEvent } from '../../src/lib/due-calendar';

const words = { original: 'Originally due', moves: 'Changes', status: 'Status', details: 'Details', formatDay: (d: string) => `[${d}]` };
const options = {
  name: 'Plan',
  description: 'Due dates',
  host: 'trust.example',
  url: 'https://trust.example/plan.ics',
  prodId: '//Co//Site//EN',
  refreshSeconds: 21600,
  words,
};

const e2ee: DueEvent = {
  id: 'e2ee',
  title: 'Encrypt & <sign>',
  summary: 'Ship it; now, really.',
  due: '2026-12-18',
  originalDue: '2026-11-27',
  revisions: [
    { from: '2026-11-27', to: '2026-12-04', reason: 'Audit & review' },
    { from: '2026-12-04', to: '2026-12-18', reason: 'Re-review' },
  ],
  status: 'In progress',
  promised: new Date('2026-09-01T08:30:00Z'),
  modified: new Date('2026-11-27T18:00:00Z'),
  url: 'https://trust.example/plan/e2ee/',
  withdrawn: false,
};

const sso: DueEvent = {
  id: 'sso',
  title: 'SSO',
  summary: 'Single sign-on.',
  due: '2027-01-01',
  originalDue: '2027-01-01',
  revisions: [],
  status: 'Withdrawn',
  promised: new Date('2026-10-01T00:00:00Z'),
  modified: new Date('2026-10-02T00:00:00Z'),
  url: 'https://trust.example/plan/sso/',
  withdrawn: true,
};

describe('dueEventUid and dueEventDescription', () => {
  it('builds the UID from the id and host', () => {
    expect(dueEventUid('e2ee', 'trust.example')).toBe('commitment-e2ee@trust.example');
  });

  it('gives the original date and every move only once the date moved', () => {
    expect(dueEventDescription(sso, words)).toBe('Single sign-on.\n\nStatus: Withdrawn\nDetails: https://trust.example/plan/sso/');
    expect(dueEventDescription({ ...e2ee, revisions: e2ee.revisions.slice(0, 1) }, words)).toBe(
      'Ship it; now, really.\n\nStatus: In progress\nOriginally due: [2026-11-27]\nChanges: [2026-11-27] → [2026-12-04] (Audit & review)\nDetails: https://trust.example/plan/e2ee/',
    );
    expect(dueEventDescription(e2ee, words)).toBe(
      'Ship it; now, really.\n\nStatus: In progress\nOriginally due: [2026-11-27]\nChanges: [2026-11-27] → [2026-12-04] (Audit & review); [2026-12-04] → [2026-12-18] (Re-review)\nDetails: https://trust.example/plan/e2ee/',
    );
  });
});

describe('buildDueCalendar', () => {
  it('writes one all-day, transparent event per commitment, in the order given, with every property', () => {
    expect(buildDueCalendar(options, [e2ee, sso]).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Co//Site//EN',
      'URL:https://trust.example/plan.ics',
      'METHOD:PUBLISH',
      'NAME:Plan',
      'X-WR-CALNAME:Plan',
      'X-WR-CALDESC:Due dates',
      'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
      'X-PUBLISHED-TTL:PT6H',
      'BEGIN:VEVENT',
      'UID:commitment-e2ee@trust.example',
      'SEQUENCE:2',
      'DTSTAMP:20261127T180000Z',
      'DTSTART;VALUE=DATE:20261218',
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
      'SUMMARY:Encrypt & <sign>',
      'TRANSP:TRANSPARENT',
      'DESCRIPTION:Ship it\\; now\\, really.\\n\\nStatus: In progress\\nOriginally due',
      ' : [2026-11-27]\\nChanges: [2026-11-27] → [2026-12-04] (Audit & review)\\; ',
      ' [2026-12-04] → [2026-12-18] (Re-review)\\nDetails: https://trust.example/',
      ' plan/e2ee/',
      'URL;VALUE=URI:https://trust.example/plan/e2ee/',
      'STATUS:CONFIRMED',
      'CREATED:20260901T083000Z',
      'LAST-MODIFIED:20261127T180000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:commitment-sso@trust.example',
      'SEQUENCE:0',
      'DTSTAMP:20261002T000000Z',
      'DTSTART;VALUE=DATE:20270101',
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
      'SUMMARY:SSO',
      'TRANSP:TRANSPARENT',
      'DESCRIPTION:Single sign-on.\\n\\nStatus: Withdrawn\\nDetails: https://trust.e',
      ' xample/plan/sso/',
      'URL;VALUE=URI:https://trust.example/plan/sso/',
      'STATUS:CANCELLED',
      'CREATED:20261001T000000Z',
      'LAST-MODIFIED:20261002T000000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('writes a calendar without events for no commitments', () => {
    expect(buildDueCalendar(options, [])).not.toContain('BEGIN:VEVENT');
  });
});
