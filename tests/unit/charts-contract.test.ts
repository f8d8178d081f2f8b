/**
 * Chart geometry (src/lib/svg-chart.ts) and the daily series behind it (progress-series.ts)
 * as whole values: limits crossed by one, rounding, empty inputs, zones and the day of "now".
 */
import { describe, expect, it } from 'vitest';
import type { StatusEvent } from '../../src/lib/commitment-status';
import { addDays, countRanges, dailyStatusCounts, endOfDay } from '../../src/lib/progress-series';
import { dayTicks, fitBox, integerTicks, linearScale, placeLabels, project, round, stackSegments, stepPath } from '../../src/lib/svg-chart';

describe('round and scales', () => {
  it('rounds to one decimal', () => {
    expect([1.04, 1.05, 1.06, -1.06, 12.349, 0].map(round)).toEqual([1, 1.1, 1.1, -1.1, 12.3, 0]);
  });

  it('maps a domain to a reversed range, as a y axis does, and rounds', () => {
    const y = linearScale([0, 3], [200, 20]);
    expect([0, 1, 2, 3, 1.5].map(y)).toEqual([200, 140, 80, 20, 110]);
    expect(linearScale([10, 20], [0, 1])(13)).toBe(0.3);
    expect(linearScale([5, 5], [7, 9])(100)).toBe(7);
  });
});

describe('stepPath', () => {
  it('starts at the first point and rounds every coordinate', () => {
    expect(stepPath([{ x: 0.04, y: 10.06 }])).toBe('M0 10.1');
    expect(
      stepPath([
        { x: 1, y: 2 },
        { x: 3.33, y: 4.44 },
        { x: 5, y: 4.44 },
        { x: 6, y: 1 },
      ]),
    ).toBe('M1 2H3.3V4.4H5H6V1');
  });

  it('extends only to the right of the last point', () => {
    expect(stepPath([{ x: 1, y: 2 }], 5)).toBe('M1 2H5');
    expect(stepPath([{ x: 1, y: 2 }], 1)).toBe('M1 2');
    expect(stepPath([{ x: 1, y: 2 }], 0)).toBe('M1 2');
  });
});

describe('ticks', () => {
  it('takes the smallest step that gives at most `count` intervals', () => {
    expect(integerTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(integerTicks(6)).toEqual([0, 2, 4, 6]);
    expect(integerTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(integerTicks(11)).toEqual([0, 5, 10, 15]);
    expect(integerTicks(26)).toEqual([0, 10, 20, 30]);
    expect(integerTicks(51)).toEqual([0, 20, 40, 60]);
    expect(integerTicks(101)).toEqual([0, 50, 100, 150]);
    expect(integerTicks(2.2)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(-4)).toEqual([0, 1]);
    expect(integerTicks(4, 2)).toEqual([0, 2, 4]);
  });

  it('marks day 1, every 15 days, and the last day, dropping a regular tick too close to it', () => {
    expect(dayTicks(2)).toEqual([1, 2]);
    expect(dayTicks(15)).toEqual([1, 15]);
    expect(dayTicks(16)).toEqual([1, 16]);
    expect(dayTicks(22)).toEqual([1, 22]);
    expect(dayTicks(23)).toEqual([1, 15, 23]);
    expect(dayTicks(90)).toEqual([1, 15, 30, 45, 60, 75, 90]);
    expect(dayTicks(37)).toEqual([1, 15, 37]);
    expect(dayTicks(38)).toEqual([1, 15, 30, 38]);
    expect(dayTicks(10, 4)).toEqual([1, 4, 8, 10]);
    expect(dayTicks(9, 4)).toEqual([1, 4, 9]);
  });
});

describe('stacked segments', () => {
  it('places each segment after the previous one, rounding only what it returns', () => {
    expect(stackSegments(['a', 'b', 'c'] as const, { a: 1, b: 0, c: 2 }, 10.04, 3.33)).toEqual([
      { key: 'a', value: 1, x: 10, width: 3.3 },
      { key: 'b', value: 0, x: 13.4, width: 0 },
      { key: 'c', value: 2, x: 13.4, width: 6.7 },
    ]);
  });
});

describe('map projection', () => {
  const box = { width: 300, height: 100, west: -30, east: 60, north: 50, south: 20 };
  it('projects the corners and a point inside', () => {
    expect(project([-30, 50], box)).toEqual({ x: 0, y: 0 });
    expect(project([60, 20], box)).toEqual({ x: 300, y: 100 });
    expect(project([0, 41], box)).toEqual({ x: 100, y: 30 });
  });

  it('fits a box around points, padded and snapped outwards, with square degrees', () => {
    // West -73.9-20 snaps down to -100, east 8.68+20 up to 30; south 40.7-20 down to 20, north 50.11+20 up to 80: 60/130 of 400.
    expect(
      fitBox(
        [
          [8.68, 50.11],
          [-73.9, 40.7],
        ],
        400,
      ),
    ).toEqual({ width: 400, height: 184.6, west: -100, east: 30, north: 80, south: 20 });
    expect(fitBox([[0, 0]], 100, 5, 1)).toEqual({ width: 100, height: 100, west: -5, east: 5, north: 5, south: -5 });
  });

  it('clamps to the whole world, and shows it without points', () => {
    expect(
      fitBox(
        [
          [-179, -85],
          [179, 85],
        ],
        360,
      ),
    ).toEqual({ width: 360, height: 180, west: -180, east: 180, north: 90, south: -90 });
    // Without points: 60°S to 75°N, padded by 20 and clamped at 90°N.
    expect(fitBox([], 360)).toEqual({ width: 360, height: 170, west: -180, east: 180, north: 90, south: -80 });
  });
});

describe('placeLabels', () => {
  const box = { width: 200, height: 100 };
  it('puts a label right of its point when it fits', () => {
    expect(placeLabels([{ x: 10, y: 50, text: 'abc' }], box)).toEqual([{ x: 19, y: 50, anchor: 'start' }]);
  });

  it('puts it left when the right side would leave the box', () => {
    expect(placeLabels([{ x: 190, y: 50, text: 'abc' }], box)).toEqual([{ x: 181, y: 50, anchor: 'end' }]);
  });

  it('moves an overlapping label up a line, then down, keeping earlier labels', () => {
    const labels = placeLabels(
      [
        { x: 100, y: 50, text: 'aaaaaaaaaaaaaaaaaaaaa' },
        { x: 100, y: 50, text: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' },
        { x: 100, y: 50, text: 'c' },
        { x: 100, y: 50, text: 'd' },
      ],
      box,
    );
    expect(labels).toEqual([
      { x: 109, y: 50, anchor: 'start' },
      // 455 units wide: fits nowhere, so it takes the first candidate.
      { x: 109, y: 50, anchor: 'start' },
      { x: 91, y: 50, anchor: 'end' },
      { x: 109, y: 36, anchor: 'start' },
    ]);
  });

  it('keeps a label inside the box at its edges: top, bottom and exactly touching', () => {
    expect(placeLabels([{ x: 10, y: 0, text: 'ab' }], box)).toEqual([{ x: 19, y: 14, anchor: 'start' }]);
    expect(placeLabels([{ x: 10, y: 100, text: 'ab' }], box)).toEqual([{ x: 19, y: 86, anchor: 'start' }]);
    expect(placeLabels([{ x: 177, y: 7, text: 'ab' }], box)).toEqual([{ x: 186, y: 7, anchor: 'start' }]);
    expect(placeLabels([{ x: 0.04, y: 50.06, text: 'ab' }], box, 7, 14, 9)).toEqual([{ x: 9, y: 50.1, anchor: 'start' }]);
  });
});

describe('days in a zone', () => {
  it('ends a day on the spring-forward night and on a day east of UTC', () => {
    // 8 March 2026: clocks go forward in Los Angeles; the day ends at 07:00 UTC (PDT).
    expect(endOfDay('2026-03-08', 'America/Los_Angeles')).toEqual(new Date('2026-03-09T06:59:59.999Z'));
    expect(endOfDay('2026-09-01', 'Asia/Tokyo')).toEqual(new Date('2026-09-01T14:59:59.999Z'));
  });

  it('adds and subtracts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-09-01', 0)).toBe('2026-09-01');
  });
});

describe('dailyStatusCounts, whole series', () => {
  const event = (commitment: string, status: StatusEvent['status'], date: string): StatusEvent => ({
    commitment,
    status,
    note: '',
    date: new Date(date),
    sourceTitle: '',
    sourcePath: '',
  });
  const commitments = [{ id: 'a', due: new Date('2026-09-02T00:00:00Z') }];
  const zero = { 'not-started': 0, 'in-progress': 0, blocked: 0, done: 0, overdue: 0 };

  it('judges past days at their end and today at "now", in the plan zone', () => {
    // Tokyo: day 1 is 1 September, which ends at 14:59:59.999Z; "now" is on day 2 at 01:00 Tokyo.
    const events = [event('a', 'in-progress', '2026-09-01T14:59:59.999Z'), event('a', 'done', '2026-09-01T16:30:00Z')];
    const plan = { start: '2026-09-01', days: 90, timeZone: 'Asia/Tokyo' };
    expect(dailyStatusCounts(commitments, events, plan, new Date('2026-09-01T16:00:00Z'))).toEqual([
      { day: 1, date: '2026-09-01', counts: { ...zero, 'in-progress': 1 } },
      { day: 2, date: '2026-09-02', counts: { ...zero, 'in-progress': 1 } },
    ]);
  });

  it('has one day on the first day of the plan and none the day before', () => {
    const plan = { start: '2026-09-01', days: 90, timeZone: 'UTC' };
    expect(dailyStatusCounts(commitments, [], plan, new Date('2026-09-01T00:00:00Z'))).toEqual([
      { day: 1, date: '2026-09-01', counts: { ...zero, 'not-started': 1 } },
    ]);
    expect(dailyStatusCounts(commitments, [], plan, new Date('2026-08-31T23:59:59.999Z'))).toEqual([]);
  });

  it('continues past the last day of the plan up to the day of "now", past days counted at their end', () => {
    const plan = { start: '2026-09-01', days: 2, timeZone: 'UTC' };
    expect(dailyStatusCounts(commitments, [], plan, new Date('2026-09-04T12:00:00Z'))).toEqual([
      { day: 1, date: '2026-09-01', counts: { ...zero, 'not-started': 1 } },
      { day: 2, date: '2026-09-02', counts: { ...zero, 'not-started': 1 } },
      { day: 3, date: '2026-09-03', counts: { ...zero, overdue: 1 } },
      { day: 4, date: '2026-09-04', counts: { ...zero, overdue: 1 } },
    ]);
  });

  it('merges equal days into ranges over the given statuses only', () => {
    const series = [
      { day: 1, date: 'd1', counts: { ...zero, done: 1 } },
      { day: 2, date: 'd2', counts: { ...zero, done: 1, blocked: 1 } },
      { day: 3, date: 'd3', counts: { ...zero, done: 2 } },
    ];
    expect(countRanges(series, ['done'])).toEqual([
      { fromDay: 1, toDay: 2, fromDate: 'd1', toDate: 'd2', counts: { ...zero, done: 1 } },
      { fromDay: 3, toDay: 3, fromDate: 'd3', toDate: 'd3', counts: { ...zero, done: 2 } },
    ]);
    expect(countRanges(series, ['done', 'blocked']).map((r) => [r.fromDay, r.toDay])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(countRanges([], ['done'])).toEqual([]);
  });
});

describe('svg-chart limits (mutation testing)', () => {
  it('dayTicks: a step of 1 does not repeat day 1, and a step of 2 keeps day 2', () => {
    expect(dayTicks(3, 1)).toEqual([1, 2, 3]);
    expect(dayTicks(5, 2)).toEqual([1, 2, 4, 5]);
  });

  const box = { width: 200, height: 100 };
  it('placeLabels: labels that only touch do not overlap (left, right, top and bottom edges)', () => {
    // The first label takes 9..23 × 43..57.
    expect(
      placeLabels(
        [
          { x: 0, y: 50, text: 'ab' },
          { x: 14, y: 50, text: 'ab' },
        ],
        box,
      ),
    ).toEqual([
      { x: 9, y: 50, anchor: 'start' },
      { x: 23, y: 50, anchor: 'start' },
    ]);
    // The first label takes 109..123; the second, 95..109, touches it from the left.
    expect(
      placeLabels(
        [
          { x: 100, y: 50, text: 'ab' },
          { x: 86, y: 50, text: 'ab' },
        ],
        box,
      ),
    ).toEqual([
      { x: 109, y: 50, anchor: 'start' },
      { x: 95, y: 50, anchor: 'start' },
    ]);
    // The second label, 57..71, sits right under the first.
    expect(
      placeLabels(
        [
          { x: 0, y: 50, text: 'ab' },
          { x: 0, y: 64, text: 'ab' },
        ],
        box,
      ),
    ).toEqual([
      { x: 9, y: 50, anchor: 'start' },
      { x: 9, y: 64, anchor: 'start' },
    ]);
  });

  it('placeLabels: a label may touch the left and the bottom edge of the box', () => {
    expect(placeLabels([{ x: 23, y: 50, text: 'ab' }], { width: 30, height: 100 })).toEqual([{ x: 14, y: 50, anchor: 'end' }]);
    expect(placeLabels([{ x: 0, y: 93, text: 'ab' }], box)).toEqual([{ x: 9, y: 93, anchor: 'start' }]);
  });

  it('placeLabels: six labels at one point near the right edge go left, at, above, below, two above, two below, then back at the point', () => {
    const point = { x: 95, y: 50, text: 'ab' };
    expect(placeLabels([point, point, point, point, point, point], { width: 100, height: 100 })).toEqual([
      { x: 86, y: 50, anchor: 'end' },
      { x: 86, y: 36, anchor: 'end' },
      { x: 86, y: 64, anchor: 'end' },
      { x: 86, y: 22, anchor: 'end' },
      { x: 86, y: 78, anchor: 'end' },
      { x: 86, y: 50, anchor: 'end' },
    ]);
  });
});
