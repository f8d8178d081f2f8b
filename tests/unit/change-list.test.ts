/**
 * Which revisions are public changes (change-list.ts), on made-up versions: the instant a
 * post went live is crossed from both sides, deleted and empty versions, drafts turned on and
 * off, scheduled posts. The diff of revisionsAfter is a stub that records what it was given.
 */
import { describe, expect, it } from 'vitest';
import { postRevisions, revisionsAfter, undraftedAt } from '../../src/lib/change-list';
import type { FileChange } from '../../src/lib/changes';
import type { FileVersion } from '../../src/lib/git-versions';

const version = (blob: string | null, iso: string, subject = blob ?? 'deleted'): FileVersion => ({
  hash: `${(blob ?? '0').padEnd(40, '0')}`,
  date: new Date(iso),
  subject,
  minor: false,
  blob,
});

/** A diff stub: one field "before → after" unless both texts are equal (then no change). */
const stub =
  (calls: string[][]) =>
  (before: string, next: string): FileChange => {
    calls.push([before, next]);
    return before === next
      ? { fields: [], text: [], wordsAdded: 0, wordsRemoved: 0 }
      : { fields: [{ path: 'x', before, after: next }], text: [], wordsAdded: 0, wordsRemoved: 0 };
  };

describe('revisionsAfter', () => {
  const texts = new Map([
    ['a1', 'one'],
    ['b2', 'two'],
    ['c3', 'three'],
    ['d4', 'three'],
  ]);

  it('diffs each version with the one before, from the second version on, oldest first', () => {
    const calls: string[][] = [];
    const versions = [version('a1', '2026-12-01T00:00:00Z'), version('b2', '2026-12-02T00:00:00Z'), version('c3', '2026-12-03T00:00:00Z')];
    const out = revisionsAfter(versions, texts, 0, stub(calls));
    expect(calls).toEqual([
      ['one', 'two'],
      ['two', 'three'],
    ]);
    expect(out).toEqual([
      { version: versions[1], change: { fields: [{ path: 'x', before: 'one', after: 'two' }], text: [], wordsAdded: 0, wordsRemoved: 0 } },
      { version: versions[2], change: { fields: [{ path: 'x', before: 'two', after: 'three' }], text: [], wordsAdded: 0, wordsRemoved: 0 } },
    ]);
  });

  it('leaves out a version committed at `after` exactly, and keeps one committed 1 ms later', () => {
    const versions = [version('a1', '2026-12-01T00:00:00Z'), version('b2', '2026-12-02T00:00:00.000Z')];
    const at = Date.parse('2026-12-02T00:00:00.000Z');
    expect(revisionsAfter(versions, texts, at, stub([]))).toEqual([]);
    expect(revisionsAfter(versions, texts, at - 1, stub([])).map((r) => r.version.subject)).toEqual(['b2']);
  });

  it('leaves out a deletion, and diffs the version after a deletion against an empty text', () => {
    const calls: string[][] = [];
    const versions = [version('a1', '2026-12-01T00:00:00Z'), version(null, '2026-12-02T00:00:00Z'), version('b2', '2026-12-03T00:00:00Z')];
    const out = revisionsAfter(versions, texts, 0, stub(calls));
    expect(calls).toEqual([['', 'two']]);
    expect(out.map((r) => r.version.subject)).toEqual(['b2']);
  });

  it('reads a blob it has no text for as an empty text', () => {
    const calls: string[][] = [];
    revisionsAfter(
      [version('zz', '2026-12-01T00:00:00Z'), version('b2', '2026-12-02T00:00:00Z'), version('yy', '2026-12-03T00:00:00Z')],
      texts,
      0,
      stub(calls),
    );
    expect(calls).toEqual([
      ['', 'two'],
      ['two', ''],
    ]);
  });

  it('leaves out a revision that changed neither a field nor the text, and keeps one that changed only the text', () => {
    const versions = [version('c3', '2026-12-01T00:00:00Z'), version('d4', '2026-12-02T00:00:00Z'), version('a1', '2026-12-03T00:00:00Z')];
    expect(revisionsAfter(versions, texts, 0, stub([])).map((r) => r.version.subject)).toEqual(['a1']);
    const textOnly = (): FileChange => ({ fields: [], text: [{ kind: 'added', text: 'x' }], wordsAdded: 1, wordsRemoved: 0 });
    expect(revisionsAfter(versions, texts, 0, textOnly).map((r) => r.version.subject)).toEqual(['d4', 'a1']);
  });

  it('gives nothing for one version or none', () => {
    expect(revisionsAfter([version('a1', '2026-12-01T00:00:00Z')], texts, 0, stub([]))).toEqual([]);
    expect(revisionsAfter([], texts, 0, stub([]))).toEqual([]);
  });
});

const post = (body: string, front = '') => `---\ntitle: "Week 2"\n${front}---\n\n${body}\n`;

describe('undraftedAt', () => {
  const texts = new Map([
    ['d1', post('Draft.', 'draft: true\n')],
    ['d2', post('Draft again.', 'draft: true\n')],
    ['p1', post('Live.')],
    ['p2', post('Live, edited.', 'draft: false\n')],
    ['q1', post('Quoted.', 'draft: "true"\n')],
  ]);

  it('is 0 for no versions and for a post that was never a draft', () => {
    expect(undraftedAt([], texts)).toBe(0);
    expect(undraftedAt([version('p1', '2026-12-01T00:00:00Z'), version('p2', '2026-12-02T00:00:00Z')], texts)).toBe(0);
  });

  it('is Infinity while the newest version is a draft', () => {
    expect(undraftedAt([version('p1', '2026-12-01T00:00:00Z'), version('d1', '2026-12-02T00:00:00Z')], texts)).toBe(Infinity);
    expect(undraftedAt([version('d1', '2026-12-01T00:00:00Z')], texts)).toBe(Infinity);
  });

  it('is the time of the first version after the last draft', () => {
    const versions = [
      version('d1', '2026-12-01T00:00:00Z'),
      version('p1', '2026-12-02T00:00:00Z'),
      version('d2', '2026-12-03T00:00:00Z'),
      version('p1', '2026-12-04T00:00:00Z'),
      version('p2', '2026-12-05T00:00:00Z'),
    ];
    expect(undraftedAt(versions, texts)).toBe(Date.parse('2026-12-04T00:00:00Z'));
  });

  it('reads draft: "true" (text) as a draft too, and a deleted version as not a draft', () => {
    expect(undraftedAt([version('q1', '2026-12-01T00:00:00Z'), version('p1', '2026-12-02T00:00:00Z')], texts)).toBe(Date.parse('2026-12-02T00:00:00Z'));
    expect(undraftedAt([version('d1', '2026-12-01T00:00:00Z'), version(null, '2026-12-02T00:00:00Z')], texts)).toBe(Date.parse('2026-12-02T00:00:00Z'));
  });
});

describe('postRevisions', () => {
  const texts = new Map([
    ['v1', post('We fixed 40 reports.')],
    ['v2', post('We fixed 34 reports.')],
    ['v3', post('We fixed 34 reports, all critical.')],
    ['dr', post('Draft text.', 'draft: true\n')],
  ]);
  const versions = [version('v1', '2026-12-01T09:00:00Z'), version('v2', '2026-12-02T09:00:00Z'), version('v3', '2026-12-03T09:00:00Z')];
  const options = {
    published: new Date('2026-12-01T09:00:00Z'),
    now: new Date('2026-12-10T00:00:00Z'),
    start: new Date('2026-11-01T00:00:00Z'),
    draft: false,
  };

  it('gives each edit after publication with its word diff', () => {
    const out = postRevisions(versions, texts, options);
    expect(out.map((r) => r.version.subject)).toEqual(['v2', 'v3']);
    expect(out[0]!.change).toEqual({
      fields: [],
      text: [
        { kind: 'same', text: '\nWe fixed ' },
        { kind: 'removed', text: '40' },
        { kind: 'added', text: '34' },
        { kind: 'same', text: ' reports.\n' },
      ],
      wordsAdded: 1,
      wordsRemoved: 1,
    });
  });

  it('gives nothing for a draft, even one published long ago', () => {
    expect(postRevisions(versions, texts, { ...options, draft: true })).toEqual([]);
  });

  it('gives nothing while the publish time is after now, and the edits once it equals now', () => {
    const published = new Date('2026-12-02T09:00:00Z');
    expect(postRevisions(versions, texts, { ...options, published, now: new Date(published.getTime() - 1) })).toEqual([]);
    expect(postRevisions(versions, texts, { ...options, published, now: published }).map((r) => r.version.subject)).toEqual(['v3']);
  });

  it('counts from the latest of the publish time, the ledger start and the end of the last draft', () => {
    const sub = (o: Partial<typeof options>, list = versions) => postRevisions(list, texts, { ...options, ...o }).map((r) => r.version.subject);
    // The ledger start, later than the publish time.
    expect(sub({ start: new Date('2026-12-02T09:00:00Z') })).toEqual(['v3']);
    expect(sub({ start: new Date('2026-12-02T08:59:59.999Z') })).toEqual(['v2', 'v3']);
    // The publish time, later than the start.
    expect(sub({ published: new Date('2026-12-02T09:00:00Z') })).toEqual(['v3']);
    // The commit that turned the draft off, later than both.
    const withDraft = [
      version('dr', '2026-11-30T09:00:00Z'),
      version('v1', '2026-12-02T09:00:00Z'),
      version('v2', '2026-12-02T10:00:00Z'),
      version('v3', '2026-12-03T09:00:00Z'),
    ];
    expect(sub({}, withDraft)).toEqual(['v2', 'v3']);
  });
});
