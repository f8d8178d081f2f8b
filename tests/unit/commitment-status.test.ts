import { describe, expect, it } from 'vitest';
import { countStatuses, deriveCommitmentState, type StatusEvent } from '../../src/lib/commitment-status';

const event = (commitment: string, status: StatusEvent['status'], date: string): StatusEvent => ({
  commitment,
  status,
  note: `${status} on ${date}`,
  date: new Date(date),
  sourceTitle: `Post of ${date}`,
  sourcePath: `/progress/${date}/`,
});
const e2ee = { id: 'e2ee', due: new Date('2026-11-27T00:00:00Z') };

describe('deriveCommitmentState', () => {
  it('is not started without updates', () => {
    expect(deriveCommitmentState(e2ee, [], new Date('2026-10-01T00:00:00Z')).status).toBe('not-started');
  });

  it('takes the latest update by date, whatever order the posts come in', () => {
    const events = [event('e2ee', 'in-progress', '2026-10-20T00:00:00Z'), event('e2ee', 'blocked', '2026-10-10T00:00:00Z')];
    const state = deriveCommitmentState(e2ee, events, new Date('2026-11-01T00:00:00Z'));
    expect(state.status).toBe('in-progress');
    expect(state.history.map((e) => e.status)).toEqual(['blocked', 'in-progress']);
    expect(state.lastUpdate?.sourcePath).toBe('/progress/2026-10-20T00:00:00Z/');
  });

  it('ignores updates of other commitments and updates after now', () => {
    const events = [
      event('e2ee', 'in-progress', '2026-10-01T00:00:00Z'),
      event('e2ee', 'done', '2026-12-01T00:00:00Z'),
      event('bug-bounty', 'done', '2026-10-02T00:00:00Z'),
    ];
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-01T00:00:00Z')).history).toHaveLength(1);
  });

  it('becomes overdue by itself once the due day has passed without done', () => {
    const events = [event('e2ee', 'in-progress', '2026-10-01T00:00:00Z')];
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-27T23:59:59Z')).status).toBe('in-progress');
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-28T00:00:00Z')).status).toBe('overdue');
  });

  it('stays done after the due day, and says when it was done late', () => {
    const onTime = deriveCommitmentState(e2ee, [event('e2ee', 'done', '2026-11-27T20:00:00Z')], new Date('2026-12-10T00:00:00Z'));
    expect(onTime).toMatchObject({ status: 'done', late: false });
    const late = deriveCommitmentState(e2ee, [event('e2ee', 'done', '2026-11-29T10:00:00Z')], new Date('2026-12-10T00:00:00Z'));
    expect(late).toMatchObject({ status: 'done', late: true });
  });

  it('dates "done" from the first report of it, not from later confirmations', () => {
    const events = [
      event('e2ee', 'done', '2026-11-20T10:00:00Z'),
      event('e2ee', 'done', '2026-12-02T10:00:00Z'),
      event('e2ee', 'in-progress', '2026-11-01T10:00:00Z'),
    ];
    const state = deriveCommitmentState(e2ee, events, new Date('2026-12-10T00:00:00Z'));
    expect(state.doneOn).toEqual(new Date('2026-11-20T10:00:00Z'));
    expect(state.late).toBe(false);
    // Done, reopened, done again: the last "done" period counts.
    const reopened = [...events, event('e2ee', 'blocked', '2026-11-25T10:00:00Z')];
    expect(deriveCommitmentState(e2ee, reopened, new Date('2026-12-10T00:00:00Z'))).toMatchObject({ doneOn: new Date('2026-12-02T10:00:00Z'), late: true });
  });
});

describe('countStatuses', () => {
  it('counts each derived status', () => {
    const bounty = { id: 'bug-bounty', due: new Date('2026-10-01T00:00:00Z') };
    const freeze = { id: 'freeze', due: new Date('2026-09-04T00:00:00Z') };
    const counts = countStatuses(
      [e2ee, bounty, freeze],
      [event('freeze', 'done', '2026-09-02T00:00:00Z'), event('e2ee', 'in-progress', '2026-09-20T00:00:00Z')],
      new Date('2026-10-15T00:00:00Z'),
    );
    expect(counts).toEqual({ 'not-started': 0, 'in-progress': 1, blocked: 0, done: 1, overdue: 1 });
  });
});

describe('deadlines in the company time zone', () => {
  const events = [event('e2ee', 'in-progress', '2026-10-01T00:00:00Z')];
  it('is not overdue while the due day lasts in that zone', () => {
    // 2026-11-28T04:00Z is still 27 November in Los Angeles.
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-28T04:00:00Z'), 'America/Los_Angeles').status).toBe('in-progress');
    expect(deriveCommitmentState(e2ee, events, new Date('2026-11-28T08:00:00Z'), 'America/Los_Angeles').status).toBe('overdue');
  });
  it('counts done in the evening of the due day as on time', () => {
    const done = [event('e2ee', 'done', '2026-11-28T06:00:00Z')]; // 22:00 on the 27th in Los Angeles
    expect(deriveCommitmentState(e2ee, done, new Date('2026-12-01T00:00:00Z'), 'America/Los_Angeles').late).toBe(false);
    expect(deriveCommitmentState(e2ee, done, new Date('2026-12-01T00:00:00Z'), 'UTC').late).toBe(true);
  });
});
