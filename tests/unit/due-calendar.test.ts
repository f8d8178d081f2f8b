/** The commitments calendar (/plan.ics): a slipped commitment keeps its UID and bumps SEQUENCE; and the plain slip summary. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/ui';
import { buildDueCalendar, type DueEvent } from '../../src/lib/due-calendar';

const options = {
  name: 'Plan',
  description: 'Due dates',
  host: 'trust.example',
  url: 'https://trust.example/plan.ics',
  prodId: '//Co//Site//EN',
  refreshSeconds: 21600,
  words: { original: 'Originally due', moves: 'Changes', status: 'Status', details: 'Details', formatDay: (d: string) => d },
};
const e2ee: DueEvent = {
  id: 'e2ee',
  title: 'Real end-to-end encryption',
  summary: 'Ship it.',
  due: '2026-11-27',
  originalDue: '2026-11-27',
  revisions: [],
  status: 'In progress',
  promised: new Date('2026-09-01T00:00:00Z'),
  modified: new Date('2026-09-01T00:00:00Z'),
  url: 'https://trust.example/plan/e2ee/',
  withdrawn: false,
};

/** The one event of a calendar text. */
function event(text: string) {
  return new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
}

describe('the commitments calendar', () => {
  it('moves the same event when the date slips: same UID, SEQUENCE + 1, the original in the description', () => {
    const before = event(buildDueCalendar(options, [e2ee]));
    const after = event(
      buildDueCalendar(options, [
        { ...e2ee, due: '2026-12-18', revisions: [{ from: '2026-11-27', to: '2026-12-18', reason: 'Re-review.' }], modified: new Date('2026-11-27T18:00:00Z') },
      ]),
    );
    expect(before.uid).toBe('commitment-e2ee@trust.example');
    expect(after.uid).toBe(before.uid);
    expect(before.sequence).toBe(0);
    expect(after.sequence).toBe(1);
    expect(before.startDate.toString()).toBe('2026-11-27');
    expect(after.startDate.toString()).toBe('2026-12-18');
    expect(after.startDate.isDate).toBe(true);
    expect(after.description).toContain('Originally due: 2026-11-27');
    expect(after.description).toContain('Changes: 2026-11-27 → 2026-12-18 (Re-review.)');
  });

  it('cancels the event of a withdrawn commitment', () => {
    const text = buildDueCalendar(options, [{ ...e2ee, withdrawn: true }]);
    expect(text).toContain('STATUS:CANCELLED');
  });
});

describe('the slip summary', () => {
  const { slipSummary } = strings('en').record;
  it('says how often and how far a date moved, in plain words', () => {
    expect(slipSummary(1, 21)).toBe('slipped once, +21 days');
    expect(slipSummary(2, 42)).toBe('slipped twice, +42 days in all');
    expect(slipSummary(3, 1)).toBe('slipped 3 times, +1 day in all');
    expect(slipSummary(1, -3)).toBe('moved once, −3 days');
  });
});
