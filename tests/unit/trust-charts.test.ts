/** The numbers behind the tracker's chart, status steps, and the SVG geometry. */
import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../../src/lib/commitment-status';
import { deriveCommitmentState } from '../../src/lib/commitment-status';
import { addDays, countRanges, dailyStatusCounts, endOfDay } from '../../src/lib/progress-series';
import { statusSteps } from '../../src/lib/status-steps';
import { dayTicks, fitBox, integerTicks, linearScale, placeLabels, project, stackSegments, stepPath } from '../../src/lib/svg-chart';

const event = (commitment: string, status: StatusEvent['status'], date: string): StatusEvent => ({
  commitment,
  status,
  note: `${status} on ${date}`,
  date: new Date(date),
  sourceTitle: `Post of ${date}`,
  sourcePath: `/progress/${date.slice(0, 10)}/`,
});

describe('days and zones', () => {
  it('finds the end of a calendar day in a zone, across daylight-saving changes', () => {
    expect(endOfDay('2026-09-01', 'UTC').toISOString()).toBe('2026-09-01T23:59:59.999Z');
    expect(endOfDay('2026-09-01', 'America/Los_Angeles').toISOString()).toBe('2026-09-02T06:59:59.999Z');
    // 1 November 2026: clocks go back in Los Angeles, the day ends at 08:00 UTC.
    expect(endOfDay('2026-11-01', 'America/Los_Angeles').toISOString()).toBe('2026-11-02T07:59:59.999Z');
    expect(endOfDay('2026-09-01', 'Asia/Kolkata').toISOString()).toBe('2026-09-01T18:29:59.999Z');
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-09-30', 1)).toBe('2026-10-01');
    expect(addDays('2026-09-01', 89)).toBe('2026-11-29');
  });
});

describe('dailyStatusCounts', () => {
  const commitments = [
    { id: 'freeze', due: new Date('2026-09-04T00:00:00Z') },
    { id: 'e2ee', due: new Date('2026-09-06T00:00:00Z') },
  ];
  const events = [
    event('freeze', 'in-progress', '2026-09-01T12:00:00Z'),
    event('e2ee', 'in-progress', '2026-09-03T12:00:00Z'),
    event('freeze', 'done', '2026-09-03T18:00:00Z'),
  ];
  const plan = { start: '2026-09-01', days: 10, timeZone: 'UTC' };

  it('counts each day of the plan up to today, judged at the end of the day', () => {
    const series = dailyStatusCounts(commitments, events, plan, new Date('2026-09-08T06:00:00Z'));
    expect(series.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(series[0]).toMatchObject({ date: '2026-09-01', counts: { 'in-progress': 1, 'not-started': 1, done: 0, overdue: 0 } });
    expect(series[2]!.counts).toMatchObject({ done: 1, 'in-progress': 1 });
    // e2ee was due on day 6 and is still in progress: overdue from day 7.
    expect(series[5]!.counts).toMatchObject({ done: 1, 'in-progress': 1, overdue: 0 });
    expect(series[6]!.counts).toMatchObject({ done: 1, 'in-progress': 0, overdue: 1 });
  });

  it('agrees with the tracker for today', () => {
    const now = new Date('2026-09-08T06:00:00Z');
    const last = dailyStatusCounts(commitments, events, plan, now).at(-1)!;
    for (const c of commitments) {
      expect(last.counts[deriveCommitmentState(c, events, now).status]).toBeGreaterThan(0);
    }
  });

  it('goes on after the plan to today, and is empty before it starts', () => {
    // 1 December is day 92 of a plan that started on 1 September: the last point is "now".
    const after = dailyStatusCounts(commitments, events, plan, new Date('2026-12-01T00:00:00Z'));
    expect(after).toHaveLength(92);
    expect(after.at(-1)).toMatchObject({ day: 92, date: '2026-12-01', counts: { done: 1, overdue: 1, 'in-progress': 0 } });
    expect(dailyStatusCounts(commitments, events, plan, new Date('2026-08-20T00:00:00Z'))).toEqual([]);
  });

  it('judges deadlines in the deadline zone', () => {
    // e2ee is due on 6 September; at the end of that day in UTC it is still the 6th in Los Angeles.
    const late = new Date('2026-09-07T05:00:00Z');
    const utc = dailyStatusCounts(commitments, events, plan, late).at(-1)!;
    const la = dailyStatusCounts(commitments, events, { ...plan, deadlineTimeZone: 'America/Los_Angeles' }, late).at(-1)!;
    expect(utc.counts.overdue).toBe(1);
    expect(la.counts.overdue).toBe(0);
  });

  it('merges days with the same counts into ranges for the text equivalent', () => {
    const series = dailyStatusCounts(commitments, events, plan, new Date('2026-09-08T06:00:00Z'));
    const ranges = countRanges(series, ['done', 'in-progress', 'overdue']);
    expect(ranges.map((r) => [r.fromDay, r.toDay])).toEqual([
      [1, 2],
      [3, 6],
      [7, 8],
    ]);
    expect(ranges[2]).toMatchObject({ fromDate: '2026-09-07', toDate: '2026-09-08' });
  });
});

describe('statusSteps', () => {
  it('keeps one step per change of status, with the post that reported it', () => {
    const history = [
      event('e2ee', 'in-progress', '2026-09-04T00:00:00Z'),
      event('e2ee', 'in-progress', '2026-09-11T00:00:00Z'),
      event('e2ee', 'blocked', '2026-10-09T00:00:00Z'),
      event('e2ee', 'in-progress', '2026-10-16T00:00:00Z'),
    ];
    const steps = statusSteps({ history, status: 'overdue' }, new Date('2026-11-28T00:00:00Z'));
    expect(steps.map((s) => s.status)).toEqual(['in-progress', 'blocked', 'in-progress', 'overdue']);
    expect(steps[0]!.updates).toHaveLength(2);
    expect(steps[0]!.evidence!.sourcePath).toBe('/progress/2026-09-04/');
    expect(steps[3]!.from).toEqual(new Date('2026-11-28T00:00:00Z'));
    expect(steps[3]!.evidence).toBeUndefined();
  });
});

describe('svg geometry', () => {
  it('scales linearly, also with a flat domain', () => {
    const x = linearScale([1, 90], [40, 700]);
    expect(x(1)).toBe(40);
    expect(x(90)).toBe(700);
    expect(linearScale([0, 0], [10, 20])(5)).toBe(10);
  });

  it('draws step lines that only turn where the value changes', () => {
    expect(
      stepPath(
        [
          { x: 0, y: 10 },
          { x: 5, y: 10 },
          { x: 10, y: 4 },
        ],
        12,
      ),
    ).toBe('M0 10H5H10V4H12');
    expect(stepPath([])).toBe('');
  });

  it('chooses readable integer ticks', () => {
    expect(integerTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(integerTicks(3)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(0)).toEqual([0, 1]);
    expect(integerTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(dayTicks(88)).toEqual([1, 15, 30, 45, 60, 75, 88]);
    expect(dayTicks(80)).toEqual([1, 15, 30, 45, 60, 80]);
    expect(dayTicks(1)).toEqual([1]);
  });

  it('stacks bar segments in order', () => {
    const segments = stackSegments(['fixed', 'open'] as const, { fixed: 2, open: 1 }, 100, 10);
    expect(segments).toEqual([
      { key: 'fixed', value: 2, x: 100, width: 20 },
      { key: 'open', value: 1, x: 120, width: 10 },
    ]);
  });

  it('projects coordinates into a box', () => {
    const box = { width: 360, height: 180, west: -180, east: 180, north: 90, south: -90 };
    expect(project([0, 0], box)).toEqual({ x: 180, y: 90 });
    expect(project([-122.99, 45.52], box)).toEqual({ x: 57, y: 44.5 });
  });
});

describe('map helpers', () => {
  it('fits a box around the points with square degrees', () => {
    const box = fitBox(
      [
        [-122.99, 45.52],
        [114.17, 22.32],
        [-46.63, -23.55],
      ],
      720,
    );
    expect(box).toMatchObject({ west: -150, east: 140, north: 70, south: -50 });
    expect(box.height).toBeCloseTo((720 * 120) / 290, 1);
  });

  it('places labels inside the box without overlaps', () => {
    const box = { width: 300, height: 100 };
    const items = [
      { x: 20, y: 50, text: 'US West (Oregon)' },
      { x: 40, y: 55, text: 'US East (Virginia)' },
      { x: 290, y: 50, text: 'Singapore' },
    ];
    const labels = placeLabels(items, box, 7, 14);
    const rects = labels.map((l, i) => {
      const w = items[i]!.text.length * 7;
      const left = l.anchor === 'start' ? l.x : l.x - w;
      return { left, right: left + w, top: l.y - 7, bottom: l.y + 7 };
    });
    for (const r of rects) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(300);
    }
    expect(labels[2]!.anchor).toBe('end');
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i]!, rects[j]!];
        expect(a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top, `${i} overlaps ${j}`).toBe(false);
      }
    }
  });
});
