/**
 * How git-versions.ts and git-history.ts run git, with a stand-in `git` (a 3-line shell script
 * that prints recorded output, exits with a recorded code and notes its working folder,
 * arguments and input): the exact calls, every "unavailable" branch, and the parsing of
 * `git cat-file --batch` output (byte lengths of multi-byte text, CR, a missing blob, an empty
 * blob). tests/unit/git-history.test.ts and promise-ledger.test.ts run real git.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/git-repo';
import { readGitHistory } from '../../src/lib/git-history';
import { readBlobs, readContentLog, VERSIONS_FORMAT } from '../../src/lib/git-versions';

const temp = tempDirs();
afterAll(temp.cleanup);

/** What the stand-in prints for each git command, and its exit code. */
type Replies = Partial<Record<'rev-parse' | 'log' | 'cat-file', { out: string | Buffer; code?: number }>>;

/**
 * A folder with a stand-in git, a repository folder (`root`) holding `content/`, and `calls()`:
 * each call as "working folder|arguments" (cat-file also with "<" and its input).
 */
function standIn(replies: (root: string) => Replies) {
  const dir = temp.make('fake-git-');
  const root = temp.make('fake-repo-');
  mkdirSync(join(root, 'content'));
  for (const [command, reply] of Object.entries(replies(root))) {
    writeFileSync(join(dir, `${command}.out`), reply.out);
    writeFileSync(join(dir, `${command}.code`), String(reply.code ?? 0));
  }
  const git = join(dir, 'git');
  writeFileSync(
    git,
    [
      '#!/bin/sh',
      'd=$(dirname "$0"); for a in "$@"; do case $a in rev-parse|log|cat-file) c=$a; break;; esac; done',
      'echo "$PWD|$*" >> "$d/calls"; if [ "$c" = cat-file ]; then echo "<$(cat)" >> "$d/calls"; fi',
      'cat "$d/$c.out"; exit $(cat "$d/$c.code")',
      '',
    ].join('\n'),
  );
  chmodSync(git, 0o755);
  const calls = () => (existsSync(join(dir, 'calls')) ? readFileSync(join(dir, 'calls'), 'utf8').trimEnd().split('\n') : []);
  return { git, root, content: join(root, 'content'), calls };
}

const blob = (c: string) => c.repeat(40);
const LOG =
  `\x1eabc1234\x1f2026-09-01T10:00:00+02:00\x1fFirst & <best>\x1fyes\0\n:000000 100644 ${'0'.repeat(40)} ${blob('a')} A\0content/a.mdx\0` +
  `\x1edef5678\x1f2026-09-02T10:00:00+00:00\x1fSecond\x1f\0\n:100644 100644 ${blob('a')} ${blob('b')} M\0content/a.mdx\0`;

describe('readContentLog', () => {
  it('asks git for the top folder from the content folder, then runs one log from the top folder', async () => {
    const { git, root, content, calls } = standIn((top) => ({ 'rev-parse': { out: `false\n${top}\n` }, log: { out: LOG } }));
    const log = await readContentLog('content', root, git);
    expect(log).toStrictEqual({
      root,
      files: new Map([
        [
          join(root, 'content/a.mdx'),
          [
            { hash: 'abc1234', date: new Date('2026-09-01T08:00:00Z'), subject: 'First & <best>', minor: true, blob: blob('a') },
            { hash: 'def5678', date: new Date('2026-09-02T10:00:00Z'), subject: 'Second', minor: false, blob: blob('b') },
          ],
        ],
      ]),
    });
    expect(calls()).toEqual([
      `${content}|rev-parse --is-shallow-repository --show-toplevel`,
      `${root}|-c core.quotePath=false log --no-color --format=${VERSIONS_FORMAT} --raw --no-abbrev -M -z -- ${content}`,
    ]);
  });

  it('takes an absolute folder as it is, whatever the working folder', async () => {
    const { git, content, calls } = standIn(() => ({ 'rev-parse': { out: 'true\n/x\n' } }));
    expect(await readContentLog(content, '/nonexistent', git)).toStrictEqual({ root: '', files: new Map(), unavailable: 'shallow' });
    expect(calls()).toEqual([`${content}|rev-parse --is-shallow-repository --show-toplevel`]);
  });

  it('says why there is no history: a missing folder, no top folder, git failing, a failing log, no git', async () => {
    const none = (unavailable: string) => ({ root: '', files: new Map(), unavailable });
    const missing = standIn(() => ({}));
    expect(await readContentLog('nowhere', missing.root, missing.git)).toStrictEqual(none('not-a-repository'));
    expect(missing.calls()).toEqual([]);
    const noTop = standIn(() => ({ 'rev-parse': { out: 'false\n' }, log: { out: '' } }));
    expect(await readContentLog('content', noTop.root, noTop.git)).toStrictEqual(none('not-a-repository'));
    const failing = standIn(() => ({ 'rev-parse': { out: '', code: 128 } }));
    expect(await readContentLog('content', failing.root, failing.git)).toStrictEqual(none('not-a-repository'));
    const noLog = standIn(() => ({ 'rev-parse': { out: 'false\n/' }, log: { out: '', code: 128 } }));
    expect(await readContentLog('content', noLog.root, noLog.git)).toStrictEqual(none('not-a-repository'));
    expect(noLog.calls()).toHaveLength(2);
    expect(await readContentLog('content', noLog.root, join(noLog.root, 'no-such-git'))).toStrictEqual(none('no-git'));
  });
});

describe('readGitHistory', () => {
  it('keeps hash, date and subject of each version, and says nothing more when the history was read', async () => {
    const { git, root } = standIn((top) => ({ 'rev-parse': { out: `false\n${top}\n` }, log: { out: LOG } }));
    expect(await readGitHistory('content', root, git)).toStrictEqual({
      files: new Map([
        [
          join(root, 'content/a.mdx'),
          [
            { hash: 'abc1234', date: new Date('2026-09-01T08:00:00Z'), subject: 'First & <best>' },
            { hash: 'def5678', date: new Date('2026-09-02T10:00:00Z'), subject: 'Second' },
          ],
        ],
      ]),
    });
  });

  it('passes on why the history is unavailable', async () => {
    const { git, root } = standIn(() => ({ 'rev-parse': { out: 'true\n/x\n' } }));
    expect(await readGitHistory('content', root, git)).toStrictEqual({ files: new Map(), unavailable: 'shallow' });
  });
});

describe('readBlobs', () => {
  it('asks once for each blob and reads texts by their length in bytes (multi-byte letters, CR), skipping missing blobs', async () => {
    const text = 'é & <b>\r\nend';
    const out = Buffer.concat([
      Buffer.from(`${blob('1')} blob ${Buffer.byteLength(text)}\n`),
      Buffer.from(text),
      Buffer.from(`\n${blob('2')} blob 0\n\n${blob('3')} missing\n`),
    ]);
    const { git, root, calls } = standIn(() => ({ 'cat-file': { out } }));
    expect(await readBlobs(root, [blob('1'), blob('2'), blob('1'), blob('3')], git)).toStrictEqual(
      new Map([
        [blob('1'), 'é & <b>\r\nend'],
        [blob('2'), ''],
      ]),
    );
    expect(calls()).toEqual([`${root}|cat-file --batch`, `<${blob('1')}`, blob('2'), blob('3')]);
  });

  it('skips a missing or ambiguous name between two blobs, and stops at output cut short', async () => {
    const out = Buffer.from(`${blob('1')} blob 2\nab\n${blob('3')} missing\nabc ambiguous\n${blob('2')} blob 1\nc\n`);
    const { git, root } = standIn(() => ({ 'cat-file': { out } }));
    expect(await readBlobs(root, [blob('1'), blob('3'), 'abc', blob('2')], git)).toStrictEqual(
      new Map([
        [blob('1'), 'ab'],
        [blob('2'), 'c'],
      ]),
    );
    const cut = standIn(() => ({ 'cat-file': { out: Buffer.from(`${blob('1')} blob 2\nab\n${blob('2')} blob 3`) } }));
    expect(await readBlobs(cut.root, [blob('1'), blob('2')], cut.git)).toStrictEqual(new Map([[blob('1'), 'ab']]));
  });

  it('runs nothing for no blobs', async () => {
    const { git, root, calls } = standIn(() => ({ 'cat-file': { out: '' } }));
    expect(await readBlobs(root, [], git)).toStrictEqual(new Map());
    expect(calls()).toEqual([]);
  });

  it('fails when git fails or is missing', async () => {
    const { git, root } = standIn(() => ({ 'cat-file': { out: '', code: 2 } }));
    await expect(readBlobs(root, [blob('1')], git)).rejects.toThrow(/^git cat-file --batch exited with 2$/);
    await expect(readBlobs(root, [blob('1')], join(root, 'no-such-git'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
