/** "What you should do": grouping by audience, newest first, and the rule for "still current". */
import { describe, expect, it } from 'vitest';
import { byAudience, isCurrent, postedActions, splitCurrent, type Action } from '../../src/lib/actions';

const d = (iso: string) => new Date(iso);

describe('isCurrent', () => {
  it('keeps an action without "until" current at any time', () => {
    expect(isCurrent({}, d('2099-01-01T00:00:00Z'))).toBe(true);
  });
  it('is current strictly before "until" and not at or after it', () => {
    const until = d('2026-10-01T00:00:00Z');
    expect(isCurrent({ until }, d('2026-09-30T23:59:59Z'))).toBe(true);
    expect(isCurrent({ until }, d('2026-10-01T00:00:00Z'))).toBe(false);
    expect(isCurrent({ until }, d('2026-10-02T00:00:00Z'))).toBe(false);
  });
});

describe('byAudience', () => {
  it('groups in the fixed audience order, keeping the author order inside a group, and drops empty groups', () => {
    const actions: Action[] = [
      { audience: 'developers', text: 'd1' },
      { audience: 'everyone', text: 'e1' },
      { audience: 'developers', text: 'd2' },
    ];
    expect(byAudience(actions).map((g) => [g.audience, g.actions.map((a) => a.text)])).toEqual([
      ['everyone', ['e1']],
      ['developers', ['d1', 'd2']],
    ]);
  });
  it('gives no group for no actions', () => {
    expect(byAudience([])).toEqual([]);
  });
});

describe('postedActions and splitCurrent', () => {
  const posts = [
    {
      post: 'old',
      published: d('2026-09-01T00:00:00Z'),
      actions: [
        { audience: 'everyone', text: 'o1' },
        { audience: 'everyone', text: 'o2', until: d('2026-09-30T00:00:00Z') },
      ] as Action[],
    },
    {
      post: 'new',
      published: d('2026-11-01T00:00:00Z'),
      actions: [
        { audience: 'account-admins', text: 'n1' },
        { audience: 'everyone', text: 'n2' },
      ] as Action[],
    },
    { post: 'none', published: d('2026-12-01T00:00:00Z'), actions: [] },
  ];
  it('lists every action newest post first, in the author order within a post, with its post', () => {
    const all = postedActions(posts);
    expect(all.map((a) => `${a.post}:${a.text}:${a.index}`)).toEqual(['new:n1:0', 'new:n2:1', 'old:o1:0', 'old:o2:1']);
  });
  it('splits into current and no longer needed on the build time', () => {
    const { current, past } = splitCurrent(postedActions(posts), d('2026-11-28T12:00:00Z'));
    expect(current.map((a) => a.text)).toEqual(['n1', 'n2', 'o1']);
    expect(past.map((a) => a.text)).toEqual(['o2']);
  });
  it('counts an action as current before its date passes', () => {
    const { current, past } = splitCurrent(postedActions(posts), d('2026-09-15T00:00:00Z'));
    expect(current.map((a) => a.text)).toEqual(['n1', 'n2', 'o1', 'o2']);
    expect(past).toEqual([]);
  });
});
