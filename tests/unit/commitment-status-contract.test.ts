/**
 * The derived status of a commitment (src/lib/commitment-status.ts) as whole records, at the
 * boundary instants: an update dated exactly "now", the last second of the due day, a zone
 * whose offset moves the day, and a commitment reopened after "done".
 */
import { describe, expect, it } from 'vitest';
import { countStatuses, deriveCommitmentState, emptyStatusCounts, type StatusEvent } from '../../src/lib/commitment-status';

/** A status event with every field written out. */
function event(commitment: string, status: StatusEvent['status'], date: string, note = `note ${date}`): StatusEvent {
  return { commitment, status, note, date: new Date(date), sourceTitle: `Post ${date}`, sourcePath: `/progress/${date.slice(0, 10)}/` };
}

const e2ee = { id: 'e2ee', due: new Date('2026-11-27T00:00:00Z') };
/** The due-date history of e2ee when no update moved its date. */
const UNREVISED = { original: '2026-11-27', current: '2026-11-27', revisions: [], totalDays: 0 };

describe('deriveCommitmentState, whole records', () => {
  it('gives the full state of a commitment without updates', () => {
    expect(deriveCommitmentState(e2ee, [], new Date('2026-10-01T00:00:00Z'))).toEqual({
      status: 'not-started',
      reported: 'not-started',
      history: [],
      lastUpdate: undefined,
      doneOn: undefined,
      late: false,
      pastOriginal: false,
      dues: UNREVISED,
    });
  });

  it('gives the full state of a commitment done on time', () => {
    const started = event('e2ee', 'in-progress', '2026-10-01T09:00:00Z');
    const done = event('e2ee', 'done', '2026-11-20T09:00:00Z');
    expect(deriveCommitmentState(e2ee, [done, started], new Date('2026-12-01T00:00:00Z'))).toEqual({
      status: 'done',
      reported: 'done',
      history: [started, done],
      lastUpdate: done,
      doneOn: new Date('2026-11-20T09:00:00Z'),
      late: false,
      pastOriginal: false,
      dues: UNREVISED,
    });
  });

  it('counts an update dated exactly "now", and not one a millisecond later', () => {
    const now = new Date('2026-10-15T12:00:00Z');
    const atNow = event('e2ee', 'blocked', '2026-10-15T12:00:00.000Z');
    const justAfter = event('e2ee', 'done', '2026-10-15T12:00:00.001Z');
    const state = deriveCommitmentState(e2ee, [justAfter, atNow], now);
    expect(state).toEqual({
      status: 'blocked',
      reported: 'blocked',
      history: [atNow],
      lastUpdate: atNow,
      doneOn: undefined,
      late: false,
      pastOriginal: false,
      dues: UNREVISED,
    });
  });

  it('is overdue from the first instant after the due day, not at its last millisecond', () => {
    const events = [event('e2ee', 'blocked', '2026-10-01T00:00:00Z')];
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-27T23:59:59.999Z'))).toMatchObject({ status: 'blocked', reported: 'blocked' });
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-28T00:00:00.000Z'))).toEqual({
      status: 'overdue',
      reported: 'blocked',
      history: events,
      lastUpdate: events[0],
      doneOn: undefined,
      late: false,
      pastOriginal: true,
      dues: UNREVISED,
    });
  });

  it('turns overdue without any update once the due day has passed', () => {
    expect(deriveCommitmentState(e2ee, [], new Date('2026-11-28T00:00:00Z')).status).toBe('overdue');
    expect(deriveCommitmentState(e2ee, [], new Date('2026-11-27T12:00:00Z')).status).toBe('not-started');
  });

  it('turns overdue when reopened after "done" and the due day then passes', () => {
    const events = [event('e2ee', 'done', '2026-11-10T10:00:00Z'), event('e2ee', 'in-progress', '2026-11-20T10:00:00Z', 'Reopened: a regression.')];
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-25T00:00:00Z'))).toEqual({
      status: 'in-progress',
      reported: 'in-progress',
      history: events,
      lastUpdate: events[1],
      doneOn: undefined,
      late: false,
      pastOriginal: false,
      dues: UNREVISED,
    });
    expect(deriveCommitmentState(e2ee, events, new Date('2026-12-01T00:00:00Z'))).toEqual({
      status: 'overdue',
      reported: 'in-progress',
      history: events,
      lastUpdate: events[1],
      doneOn: undefined,
      late: false,
      pastOriginal: true,
      dues: UNREVISED,
    });
  });

  it('dates "done" from the first of the trailing done reports, even when all reports are done', () => {
    const events = [event('e2ee', 'done', '2026-11-26T10:00:00Z'), event('e2ee', 'done', '2026-11-29T10:00:00Z')];
    const state = deriveCommitmentState(e2ee, events, new Date('2026-12-10T00:00:00Z'));
    expect(state.doneOn).toEqual(new Date('2026-11-26T10:00:00Z'));
    expect(state.late).toBe(false);
  });

  it("is late when done on the day after the due day, and on time at the due day's last millisecond", () => {
    const now = new Date('2026-12-10T00:00:00Z');
    expect(deriveCommitmentState(e2ee, [event('e2ee', 'done', '2026-11-27T23:59:59.999Z')], now).late).toBe(false);
    expect(deriveCommitmentState(e2ee, [event('e2ee', 'done', '2026-11-28T00:00:00Z')], now).late).toBe(true);
  });

  it('judges the due day in a zone east of UTC, where the day starts earlier', () => {
    const events = [event('e2ee', 'in-progress', '2026-10-01T00:00:00Z')];
    // 2026-11-27T15:30Z is already 28 November in Tokyo (UTC+9), still 27 November in UTC.
    const moment = new Date('2026-11-27T15:30:00Z');
    expect(deriveCommitmentState(e2ee, events, moment, 'Asia/Tokyo').status).toBe('overdue');
    expect(deriveCommitmentState(e2ee, events, moment, 'UTC').status).toBe('in-progress');
    expect(deriveCommitmentState(e2ee, events, moment).status).toBe('in-progress');
  });

  it('judges overdue and late against a revised due day, and past the original one; a revision after "now" does not count yet', () => {
    const moved = { ...event('e2ee', 'in-progress', '2026-11-20T10:00:00Z', 'Moved.'), due: new Date('2026-12-04T00:00:00Z'), reason: 'An audit found a gap.' };
    const later = { ...event('e2ee', 'in-progress', '2026-12-20T10:00:00Z'), due: new Date('2026-12-31T00:00:00Z'), reason: 'Again.' };
    const revised = {
      original: '2026-11-27',
      current: '2026-12-04',
      revisions: [
        {
          announced: new Date('2026-11-20T10:00:00Z'),
          from: '2026-11-27',
          to: '2026-12-04',
          days: 7,
          reason: 'An audit found a gap.',
          sourceTitle: 'Post 2026-11-20T10:00:00Z',
          sourcePath: '/progress/2026-11-20/',
        },
      ],
      totalDays: 7,
    };
    expect(deriveCommitmentState(e2ee, [later, moved], new Date('2026-12-01T00:00:00Z'))).toEqual({
      status: 'in-progress',
      reported: 'in-progress',
      history: [moved],
      lastUpdate: moved,
      doneOn: undefined,
      late: false,
      pastOriginal: true,
      dues: revised,
    });
    expect(deriveCommitmentState(e2ee, [later, moved], new Date('2026-12-05T00:00:00Z')).status).toBe('overdue');
    const done = event('e2ee', 'done', '2026-12-03T10:00:00Z');
    expect(deriveCommitmentState(e2ee, [moved, done], new Date('2026-12-10T00:00:00Z'))).toEqual({
      status: 'done',
      reported: 'done',
      history: [moved, done],
      lastUpdate: done,
      doneOn: new Date('2026-12-03T10:00:00Z'),
      late: false,
      pastOriginal: true,
      dues: revised,
    });
  });

  it('is never overdue nor past the original day once withdrawn', () => {
    const withdrawn = { ...event('e2ee', 'blocked', '2026-11-20T10:00:00Z', 'Withdrawn.'), withdrawn: true, reason: 'The vendor closed.' };
    expect(deriveCommitmentState(e2ee, [withdrawn], new Date('2026-12-10T00:00:00Z'))).toEqual({
      status: 'blocked',
      reported: 'blocked',
      history: [withdrawn],
      lastUpdate: withdrawn,
      doneOn: undefined,
      late: false,
      pastOriginal: false,
      dues: {
        ...UNREVISED,
        withdrawal: {
          announced: new Date('2026-11-20T10:00:00Z'),
          reason: 'The vendor closed.',
          sourceTitle: 'Post 2026-11-20T10:00:00Z',
          sourcePath: '/progress/2026-11-20/',
        },
      },
    });
  });

  it('ignores other commitments and keeps the history oldest first', () => {
    const a = event('e2ee', 'blocked', '2026-10-05T00:00:00Z');
    const b = event('e2ee', 'in-progress', '2026-10-01T00:00:00Z');
    const c = event('e2ee', 'in-progress', '2026-10-09T00:00:00Z');
    const other = event('bug-bounty', 'done', '2026-10-07T00:00:00Z');
    const state = deriveCommitmentState(e2ee, [c, other, a, b], new Date('2026-10-10T00:00:00Z'));
    expect(state.history).toEqual([b, a, c]);
    expect(state.lastUpdate).toBe(c);
  });
});

describe('countStatuses', () => {
  it('starts from zero for every status', () => {
    expect(emptyStatusCounts()).toEqual({ 'not-started': 0, 'in-progress': 0, blocked: 0, done: 0, overdue: 0 });
    expect(countStatuses([], [], new Date('2026-10-01T00:00:00Z'))).toEqual({ 'not-started': 0, 'in-progress': 0, blocked: 0, done: 0, overdue: 0 });
  });

  it('counts in the given zone', () => {
    const events = [event('e2ee', 'in-progress', '2026-10-01T00:00:00Z')];
    const moment = new Date('2026-11-27T15:30:00Z');
    expect(countStatuses([e2ee], events, moment, 'Asia/Tokyo')).toEqual({ 'not-started': 0, 'in-progress': 0, blocked: 0, done: 0, overdue: 1 });
    expect(countStatuses([e2ee], events, moment)).toEqual({ 'not-started': 0, 'in-progress': 1, blocked: 0, done: 0, overdue: 0 });
  });
});
