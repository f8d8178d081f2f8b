/** parseGitLog and gitLogArgs (src/lib/git-history.ts) on hand-written `git log -z` output. */
import { describe, expect, it } from 'vitest';
import { commitUrl, GIT_LOG_FORMAT, gitLogArgs, parseGitLog } from '../../src/lib/git-history';

/** One record as `git log --format=GIT_LOG_FORMAT --name-status -z` writes it. */
const record = (hash: string, date: string, subject: string, changes: string[]) => `\x1e${hash}\x1f${date}\x1f${subject}\0\n${changes.join('\0')}\0`;

describe('gitLogArgs', () => {
  it('asks for one log of the paths, with statuses, renames and NUL separators, paths unquoted', () => {
    expect(GIT_LOG_FORMAT).toBe('%x1e%H%x1f%cI%x1f%s');
    expect(gitLogArgs(['/repo/content', '/repo/x'])).toEqual([
      '-c', 'core.quotePath=false', 'log', '--no-color', '--format=%x1e%H%x1f%cI%x1f%s', '--name-status', '-M', '-z', '--', '/repo/content', '/repo/x',
    ]);
  });
});

describe('parseGitLog', () => {
  it('lists each file\'s commits newest first, with whole revisions', () => {
    const out =
      record('bbbbbbb', '2026-09-02T10:00:00Z', 'Second: "quotes" & <tags>', ['M', 'content/a.mdx']) +
      record('aaaaaaa', '2026-09-01T10:00:00-07:00', 'First', ['A', 'content/a.mdx', 'A', 'content/b.mdx']);
    expect(parseGitLog(out, '/repo')).toEqual(
      new Map([
        ['/repo/content/a.mdx', [
          { hash: 'bbbbbbb', date: new Date('2026-09-02T10:00:00Z'), subject: 'Second: "quotes" & <tags>' },
          { hash: 'aaaaaaa', date: new Date('2026-09-01T17:00:00Z'), subject: 'First' },
        ]],
        ['/repo/content/b.mdx', [{ hash: 'aaaaaaa', date: new Date('2026-09-01T17:00:00Z'), subject: 'First' }]],
      ]),
    );
  });

  it('follows a rename back in time, and a rename chain', () => {
    const out =
      record('ccccccc', '2026-09-03T00:00:00Z', 'Rename again', ['R100', 'content/b.mdx', 'content/c.mdx']) +
      record('bbbbbbb', '2026-09-02T00:00:00Z', 'Rename', ['R090', 'content/a.mdx', 'content/b.mdx']) +
      record('aaaaaaa', '2026-09-01T00:00:00Z', 'Add', ['A', 'content/a.mdx']);
    const files = parseGitLog(out, '/repo');
    expect([...files.keys()]).toEqual(['/repo/content/c.mdx']);
    expect(files.get('/repo/content/c.mdx')!.map((r) => r.hash)).toEqual(['ccccccc', 'bbbbbbb', 'aaaaaaa']);
  });

  it('counts a copy for its new file only, and keeps the source under its own name', () => {
    const out =
      record('bbbbbbb', '2026-09-02T00:00:00Z', 'Copy', ['C075', 'content/a.mdx', 'content/copy.mdx']) +
      record('aaaaaaa', '2026-09-01T00:00:00Z', 'Add', ['A', 'content/a.mdx']);
    const files = parseGitLog(out, '/repo');
    expect(files.get('/repo/content/copy.mdx')!.map((r) => r.hash)).toEqual(['bbbbbbb']);
    expect(files.get('/repo/content/a.mdx')!.map((r) => r.hash)).toEqual(['aaaaaaa']);
  });

  it('reads deletions and type changes, and a commit that touches a file twice once', () => {
    const out = record('abcdef0', '2026-09-01T00:00:00Z', 'Many', ['D', 'content/gone.mdx', 'T', 'content/t.mdx', 'M', 'content/t.mdx']);
    const files = parseGitLog(out, '/repo');
    expect([...files.keys()]).toEqual(['/repo/content/gone.mdx', '/repo/content/t.mdx']);
    expect(files.get('/repo/content/t.mdx')).toHaveLength(1);
  });

  it('keeps a subject that contains the field separator, and trims it', () => {
    const out = `\x1eabcdef0\x1f2026-09-01T00:00:00Z\x1f  a\x1fb  \0\nM\0content/x.mdx\0`;
    expect(parseGitLog(out, '/repo').get('/repo/content/x.mdx')![0]!.subject).toBe('a\x1fb');
  });

  it('skips records without a valid hash or date, and unknown statuses, and a record without files', () => {
    const out =
      `\x1eABCDEF0\x1f2026-09-01T00:00:00Z\x1fUpper case\0\nM\0content/upper.mdx\0` +
      `\x1eabcdef\x1f2026-09-01T00:00:00Z\x1fShort\0\nM\0content/short.mdx\0` +
      `\x1e${'a'.repeat(65)}\x1f2026-09-01T00:00:00Z\x1fLong\0\nM\0content/long.mdx\0` +
      `\x1eabcdef0\x1fnot a date\x1fBad date\0\nM\0content/date.mdx\0` +
      `\x1eabcdef1\x1f2026-09-01T00:00:00Z\x1fNo files` +
      `\x1eabcdef2\x1f2026-09-01T00:00:00Z\x1fOdd\0\nZ\0content/odd.mdx\0M\0content/ok.mdx\0R100\0content/only-from.mdx\0` +
      `\x1e${'f'.repeat(64)}\x1f2026-09-01T00:00:00Z\x1fSHA-256\0\nM\0content/sha256.mdx\0` +
      '\n \x1e';
    const files = parseGitLog(out, '/repo');
    expect([...files.keys()]).toEqual(['/repo/content/ok.mdx', '/repo/content/sha256.mdx']);
  });

  it('resolves paths against the repository root', () => {
    const out = record('abcdef0', '2026-09-01T00:00:00Z', 'x', ['M', 'content/a.mdx']);
    expect([...parseGitLog(out, '/srv/repo/').keys()]).toEqual(['/srv/repo/content/a.mdx']);
    expect(parseGitLog('', '/repo')).toEqual(new Map());
  });
});

describe('commitUrl', () => {
  it('drops every trailing slash of the repository address', () => {
    expect(commitUrl('https://g.example/o/r///', 'abc1234')).toBe('https://g.example/o/r/commit/abc1234');
    expect(commitUrl('https://g.example/o/r', 'abc1234')).toBe('https://g.example/o/r/commit/abc1234');
  });
});
