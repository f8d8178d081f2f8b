/** Due-date history at its edges (found by `npm run mutate`): order, "now" itself, no-op revisions, the due day's last moment. */
import { describe, expect, it } from 'vitest';
import { deriveDueHistory, pastDay, type RevisionEvent } from '../../src/lib/due-revisions';

const moved = (date: string, due: string, reason: string): RevisionEvent => ({
  commitment: 'e2ee',
  date: new Date(date),
  due: new Date(`${due}T00:00:00Z`),
  reason,
  sourceTitle: `Update of ${date.slice(0, 10)}`,
  sourcePath: `/progress/${date.slice(0, 10)}/`,
});

describe('deriveDueHistory at its edges', () => {
  const commitment = { id: 'e2ee', due: new Date('2026-12-01T00:00:00Z') };

  it('applies revisions in date order whatever the order given, counts one dated exactly now, and skips one to the date in force', () => {
    const events = [
      moved('2026-11-20T10:00:00Z', '2026-12-20', 'Second slip.'),
      moved('2026-11-10T10:00:00Z', '2026-12-10', 'First slip.'),
      moved('2026-11-15T10:00:00Z', '2026-12-10', 'Repeated: already the date.'),
    ];
    expect(deriveDueHistory(commitment, events, new Date('2026-11-20T10:00:00Z'))).toEqual({
      original: '2026-12-01',
      current: '2026-12-20',
      revisions: [
        {
          announced: new Date('2026-11-10T10:00:00Z'),
          from: '2026-12-01',
          to: '2026-12-10',
          days: 9,
          reason: 'First slip.',
          sourceTitle: 'Update of 2026-11-10',
          sourcePath: '/progress/2026-11-10/',
        },
        {
          announced: new Date('2026-11-20T10:00:00Z'),
          from: '2026-12-10',
          to: '2026-12-20',
          days: 10,
          reason: 'Second slip.',
          sourceTitle: 'Update of 2026-11-20',
          sourcePath: '/progress/2026-11-20/',
        },
      ],
      totalDays: 19,
      withdrawal: undefined,
    });
    expect(deriveDueHistory(commitment, events, new Date('2026-11-20T09:59:59.999Z')).current).toBe('2026-12-10');
  });
});

describe('deriveDueHistory without reasons', () => {
  it('records a revision and a withdrawal that give no reason with an empty reason', () => {
    const base = { commitment: 'e2ee', sourceTitle: 'Week 3', sourcePath: '/progress/week-3/' };
    const events: RevisionEvent[] = [
      { ...base, date: new Date('2026-11-10T10:00:00Z'), due: new Date('2026-12-05T00:00:00Z') },
      { ...base, date: new Date('2026-11-11T10:00:00Z'), withdrawn: true },
    ];
    const history = deriveDueHistory({ id: 'e2ee', due: new Date('2026-12-01T00:00:00Z') }, events, new Date('2026-11-12T00:00:00Z'));
    expect(history.revisions.map((r) => r.reason)).toEqual(['']);
    expect(history.withdrawal).toEqual({ announced: new Date('2026-11-11T10:00:00Z'), reason: '', sourceTitle: 'Week 3', sourcePath: '/progress/week-3/' });
  });
});

describe('pastDay', () => {
  it('is false through the due day in the zone and true from the next midnight', () => {
    expect(pastDay('2026-12-01', new Date('2026-12-02T07:59:59Z'), 'America/Los_Angeles')).toBe(false);
    expect(pastDay('2026-12-01', new Date('2026-12-02T08:00:00Z'), 'America/Los_Angeles')).toBe(true);
  });
});
