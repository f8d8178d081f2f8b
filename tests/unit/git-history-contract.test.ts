/** parseVersionsLog and versionsLogArgs (src/lib/git-versions.ts) on hand-written `git log --raw -z` output; commitUrl (git-history.ts). */
import { describe, expect, it } from 'vitest';
import { commitUrl } from '../../src/lib/git-history';
import { parseVersionsLog, VERSIONS_FORMAT, versionsLogArgs } from '../../src/lib/git-versions';

const ZERO = '0'.repeat(40);
/** A 40-character blob id made of one repeated character. */
const blob = (c: string) => c.repeat(40);
/** One `--raw` entry: `:<old mode> <new mode> <old blob> <new blob> <status>` then the path(s), NUL-separated. */
const raw = (status: string, newBlob: string, ...paths: string[]) => [`:100644 100644 ${blob('9')} ${newBlob} ${status}`, ...paths].join('\0');
/** One record as `git log --format=VERSIONS_FORMAT --raw --no-abbrev -z` writes it. */
const record = (hash: string, date: string, subject: string, changes: string[], trailers = '') =>
  `\x1e${hash}\x1f${date}\x1f${subject}\x1f${trailers}\0\n${changes.join('\0')}\0`;

describe('versionsLogArgs', () => {
  it('asks for one log of the paths, with raw blob ids, renames and NUL separators, paths unquoted', () => {
    expect(VERSIONS_FORMAT).toBe('%x1e%H%x1f%cI%x1f%s%x1f%(trailers:key=Minor,valueonly,separator=%x2C)');
    expect(versionsLogArgs(['/repo/content', '/repo/x'])).toEqual([
      '-c',
      'core.quotePath=false',
      'log',
      '--no-color',
      '--format=%x1e%H%x1f%cI%x1f%s%x1f%(trailers:key=Minor,valueonly,separator=%x2C)',
      '--raw',
      '--no-abbrev',
      '-M',
      '-z',
      '--',
      '/repo/content',
      '/repo/x',
    ]);
  });
});

describe('parseVersionsLog', () => {
  it("lists each file's versions newest first, with whole records", () => {
    const out =
      record('bbbbbbb', '2026-09-02T10:00:00Z', 'Second: "quotes" & <tags>', [raw('M', blob('b'), 'content/a.mdx')]) +
      record('aaaaaaa', '2026-09-01T10:00:00-07:00', 'First', [raw('A', blob('a'), 'content/a.mdx'), raw('A', blob('c'), 'content/b.mdx')], 'yes');
    expect(parseVersionsLog(out, '/repo')).toEqual(
      new Map([
        [
          '/repo/content/a.mdx',
          [
            { hash: 'bbbbbbb', date: new Date('2026-09-02T10:00:00Z'), subject: 'Second: "quotes" & <tags>', minor: false, blob: blob('b') },
            { hash: 'aaaaaaa', date: new Date('2026-09-01T17:00:00Z'), subject: 'First', minor: true, blob: blob('a') },
          ],
        ],
        ['/repo/content/b.mdx', [{ hash: 'aaaaaaa', date: new Date('2026-09-01T17:00:00Z'), subject: 'First', minor: true, blob: blob('c') }]],
      ]),
    );
  });

  it('follows a rename back in time, and a rename chain', () => {
    const out =
      record('ccccccc', '2026-09-03T00:00:00Z', 'Rename again', [raw('R100', blob('b'), 'content/b.mdx', 'content/c.mdx')]) +
      record('bbbbbbb', '2026-09-02T00:00:00Z', 'Rename', [raw('R090', blob('b'), 'content/a.mdx', 'content/b.mdx')]) +
      record('aaaaaaa', '2026-09-01T00:00:00Z', 'Add', [raw('A', blob('a'), 'content/a.mdx')]);
    expect(parseVersionsLog(out, '/repo')).toEqual(
      new Map([
        [
          '/repo/content/c.mdx',
          [
            { hash: 'ccccccc', date: new Date('2026-09-03T00:00:00Z'), subject: 'Rename again', minor: false, blob: blob('b') },
            { hash: 'bbbbbbb', date: new Date('2026-09-02T00:00:00Z'), subject: 'Rename', minor: false, blob: blob('b') },
            { hash: 'aaaaaaa', date: new Date('2026-09-01T00:00:00Z'), subject: 'Add', minor: false, blob: blob('a') },
          ],
        ],
      ]),
    );
  });

  it('counts a copy for its new file only, and keeps the source under its own name', () => {
    const out =
      record('bbbbbbb', '2026-09-02T00:00:00Z', 'Copy', [raw('C075', blob('c'), 'content/a.mdx', 'content/copy.mdx')]) +
      record('aaaaaaa', '2026-09-01T00:00:00Z', 'Add', [raw('A', blob('a'), 'content/a.mdx')]);
    expect(parseVersionsLog(out, '/repo')).toEqual(
      new Map([
        ['/repo/content/copy.mdx', [{ hash: 'bbbbbbb', date: new Date('2026-09-02T00:00:00Z'), subject: 'Copy', minor: false, blob: blob('c') }]],
        ['/repo/content/a.mdx', [{ hash: 'aaaaaaa', date: new Date('2026-09-01T00:00:00Z'), subject: 'Add', minor: false, blob: blob('a') }]],
      ]),
    );
  });

  it('reads a deletion (no blob), an all-zero blob (no blob) and a type change', () => {
    const out = record('abcdef0', '2026-09-01T00:00:00Z', 'Many', [
      raw('D', ZERO, 'content/gone.mdx'),
      raw('M', ZERO, 'content/zero.mdx'),
      raw('T', blob('e'), 'content/t.mdx'),
    ]);
    const at = { hash: 'abcdef0', date: new Date('2026-09-01T00:00:00Z'), subject: 'Many', minor: false };
    expect(parseVersionsLog(out, '/repo')).toEqual(
      new Map([
        ['/repo/content/gone.mdx', [{ ...at, blob: null }]],
        ['/repo/content/zero.mdx', [{ ...at, blob: null }]],
        ['/repo/content/t.mdx', [{ ...at, blob: blob('e') }]],
      ]),
    );
  });

  it('trims the subject and reads the Minor trailer values (yes, true, y, in any case, in a list)', () => {
    const minorOf = (trailers: string) =>
      parseVersionsLog(record('abcdef0', '2026-09-01T00:00:00Z', '  Padded  ', [raw('M', blob('a'), 'content/x.mdx')], trailers), '/repo').get(
        '/repo/content/x.mdx',
      )![0]!;
    expect(minorOf('YES')).toEqual({ hash: 'abcdef0', date: new Date('2026-09-01T00:00:00Z'), subject: 'Padded', minor: true, blob: blob('a') });
    expect([minorOf('True').minor, minorOf(' y ').minor, minorOf('no,yes').minor]).toEqual([true, true, true]);
    expect([minorOf('').minor, minorOf('no').minor, minorOf('yes please').minor, minorOf('nyes').minor]).toEqual([false, false, false, false]);
  });

  it('skips records without a valid hash or date, unknown statuses, a rename without its new name, and a record without files', () => {
    const m = (path: string) => raw('M', blob('a'), path);
    const out =
      record('ABCDEF0', '2026-09-01T00:00:00Z', 'Upper case', [m('content/upper.mdx')]) +
      record('abcdef', '2026-09-01T00:00:00Z', 'Short', [m('content/short.mdx')]) +
      record('a'.repeat(65), '2026-09-01T00:00:00Z', 'Long', [m('content/long.mdx')]) +
      record('abcdef0', 'not a date', 'Bad date', [m('content/date.mdx')]) +
      `\x1eabcdef1\x1f2026-09-01T00:00:00Z\x1fNo files` +
      record('abcdef2', '2026-09-01T00:00:00Z', 'Odd', [
        raw('Z', blob('d'), 'content/odd.mdx'),
        m('content/ok.mdx'),
        raw('R100', blob('e'), 'content/only-from.mdx'),
      ]) +
      record('f'.repeat(64), '2026-09-01T00:00:00Z', 'SHA-256', [m('content/sha256.mdx')]) +
      '\n \x1e';
    expect(parseVersionsLog(out, '/repo')).toEqual(
      new Map([
        ['/repo/content/ok.mdx', [{ hash: 'abcdef2', date: new Date('2026-09-01T00:00:00Z'), subject: 'Odd', minor: false, blob: blob('a') }]],
        ['/repo/content/sha256.mdx', [{ hash: 'f'.repeat(64), date: new Date('2026-09-01T00:00:00Z'), subject: 'SHA-256', minor: false, blob: blob('a') }]],
      ]),
    );
  });

  it('resolves paths against the repository root', () => {
    const out = record('abcdef0', '2026-09-01T00:00:00Z', 'x', [raw('M', blob('a'), 'content/a.mdx')]);
    expect([...parseVersionsLog(out, '/srv/repo/').keys()]).toEqual(['/srv/repo/content/a.mdx']);
    expect(parseVersionsLog('', '/repo')).toEqual(new Map());
  });
});

describe('commitUrl', () => {
  it('drops every trailing slash of the repository address', () => {
    expect(commitUrl('https://g.example/o/r///', 'abc1234')).toBe('https://g.example/o/r/commit/abc1234');
    expect(commitUrl('https://g.example/o/r', 'abc1234')).toBe('https://g.example/o/r/commit/abc1234');
  });
});

describe('parseVersionsLog, limits found by mutation testing', () => {
  const m = (path: string, newBlob = blob('a')) => raw('M', newBlob, path);

  it('keeps a newline inside a file name, and a blob id that only starts with zeros', () => {
    const out = record('abcdef0', '2026-09-01T00:00:00Z', 'Odd names', [m('content/a\nb.mdx'), m('content/z.mdx', `000${'a'.repeat(37)}`)]);
    expect([...parseVersionsLog(out, '/repo')].map(([path, versions]) => [path, versions[0]!.blob])).toEqual([
      ['/repo/content/a\nb.mdx', blob('a')],
      ['/repo/content/z.mdx', `000${'a'.repeat(37)}`],
    ]);
  });

  it('reads a record written without subject and trailer fields as an empty subject', () => {
    const out = `\x1eabcdef0\x1f2026-09-01T00:00:00Z\0\n${m('content/x.mdx')}\0`;
    expect(parseVersionsLog(out, '/repo')).toStrictEqual(
      new Map([['/repo/content/x.mdx', [{ hash: 'abcdef0', date: new Date('2026-09-01T00:00:00Z'), subject: '', minor: false, blob: blob('a') }]]]),
    );
  });

  it('keeps the older versions of a file under its own name when a rename lacks its new name', () => {
    const out =
      record('bbbbbbb', '2026-09-02T00:00:00Z', 'Cut short', [raw('R100', blob('e'), 'content/old.mdx')]) +
      record('aaaaaaa', '2026-09-01T00:00:00Z', 'Add', [m('content/old.mdx')]);
    expect(parseVersionsLog(out, '/repo')).toStrictEqual(
      new Map([['/repo/content/old.mdx', [{ hash: 'aaaaaaa', date: new Date('2026-09-01T00:00:00Z'), subject: 'Add', minor: false, blob: blob('a') }]]]),
    );
  });
});
