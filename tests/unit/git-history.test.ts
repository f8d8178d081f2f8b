/** The revision history from one `git log`, read from real temporary repositories. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRunner, tempDirs, committer } from '../helpers/git-repo';
import { commitUrl, readGitHistory } from '../../src/lib/git-history';
import { parseVersionsLog } from '../../src/lib/git-versions';

const temp = tempDirs();
afterAll(temp.cleanup);
/** A fresh folder under the system temp dir. */
const tempDir = temp.make;
/** Runs git in `cwd` with a fixed identity and date, isolated from the user's config. */
const git = gitRunner('2026-09-01T10:00:00+00:00');

const commit = committer(git);

/** A repository with a content folder, an unrelated folder and a rename. */
function makeRepo() {
  const repo = tempDir('history-repo-');
  git(repo, ['init', '-q', '-b', 'main']);
  const first = commit(
    repo,
    { 'content/progress/week-1.mdx': 'one', 'content/statements/apology.mdx': 'sorry', 'src/app.ts': 'x' },
    'Add week 1 and the apology',
    '2026-09-04T10:00:00-07:00',
  );
  const second = commit(
    repo,
    { 'content/progress/week-1.mdx': 'one, corrected', 'src/app.ts': 'y' },
    'Correct week 1: 34 reports, not 40',
    '2026-09-05T09:00:00+00:00',
  );
  const third = commit(repo, { 'src/app.ts': 'z' }, 'Code only', '2026-09-06T09:00:00+00:00');
  renameSync(join(repo, 'content/statements/apology.mdx'), join(repo, 'content/statements/our-apology.mdx'));
  const fourth = commit(repo, {}, 'Rename the apology, with "quotes" & ampersands', '2026-09-07T09:00:00+00:00');
  return { repo, first, second, third, fourth };
}

describe('readGitHistory', () => {
  const { repo, first, second, third, fourth } = makeRepo();

  it('maps every content file to the commits that touched it, newest first, in one log', async () => {
    const { files, unavailable } = await readGitHistory('content', repo);
    expect(unavailable).toBeUndefined();
    const week1 = files.get(join(repo, 'content/progress/week-1.mdx'))!;
    expect(week1.map((r) => r.hash)).toEqual([second, first]);
    expect(week1[0]!.subject).toBe('Correct week 1: 34 reports, not 40');
    expect(week1[1]!.date.toISOString()).toBe('2026-09-04T17:00:00.000Z');
  });

  it('ignores commits and files outside the content folder', async () => {
    const { files } = await readGitHistory('content', repo);
    expect(files.has(join(repo, 'src/app.ts'))).toBe(false);
    const all = [...files.values()].flat().map((r) => r.hash);
    expect(all).not.toContain(third);
  });

  it('keeps the history of a renamed file under its new name', async () => {
    const { files } = await readGitHistory('content', repo);
    const renamed = files.get(join(repo, 'content/statements/our-apology.mdx'))!;
    expect(renamed.map((r) => r.hash)).toEqual([fourth, first]);
    expect(renamed[0]!.subject).toBe('Rename the apology, with "quotes" & ampersands');
    expect(files.has(join(repo, 'content/statements/apology.mdx'))).toBe(false);
  });

  it('works from an absolute folder and from a subfolder as working directory', async () => {
    const fromAbsolute = await readGitHistory(join(repo, 'content'), '/');
    expect(fromAbsolute.files.get(join(repo, 'content/progress/week-1.mdx'))).toHaveLength(2);
    const fromSub = await readGitHistory('progress', join(repo, 'content'));
    expect([...fromSub.files.keys()]).toEqual([join(repo, 'content/progress/week-1.mdx')]);
  });

  it('returns nothing, without throwing, outside a git repository', async () => {
    const plain = tempDir('history-plain-');
    mkdirSync(join(plain, 'content'));
    writeFileSync(join(plain, 'content', 'a.mdx'), 'a');
    const result = await readGitHistory('content', plain);
    expect(result.files.size).toBe(0);
    expect(result.unavailable).toBe('not-a-repository');
  });

  it('returns nothing for a missing folder or a missing git binary', async () => {
    expect((await readGitHistory('nowhere', repo)).files.size).toBe(0);
    const noGit = await readGitHistory('content', repo, '/nonexistent/git');
    expect(noGit).toMatchObject({ unavailable: 'no-git' });
    expect(noGit.files.size).toBe(0);
  });

  it('returns nothing for a repository without commits', async () => {
    const empty = tempDir('history-empty-');
    git(empty, ['init', '-q']);
    mkdirSync(join(empty, 'content'));
    writeFileSync(join(empty, 'content', 'a.mdx'), 'a');
    expect((await readGitHistory('content', empty)).files.size).toBe(0);
  });

  it('returns nothing for a shallow clone rather than a partial history', async () => {
    const clone = join(tempDir('history-shallow-'), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const result = await readGitHistory('content', clone);
    expect(result.unavailable).toBe('shallow');
    expect(result.files.size).toBe(0);
  });
});

describe('parseVersionsLog', () => {
  it('skips malformed records and reads file names with spaces and non-ASCII letters, blob ids and the Minor trailer', () => {
    const blob = (c: string) => c.repeat(40);
    const out =
      `\x1eabc1234\x1f2026-09-01T10:00:00+02:00\x1fFirst\x1fyes\0\n:000000 100644 ${blob('0')} ${blob('a')} A\0content/a b.mdx\0:100644 100644 ${blob('1')} ${blob('b')} M\0content/café.mdx\0` +
      `\x1enot-a-hash\x1fwhenever\x1fBroken\x1f\0\n:100644 100644 ${blob('1')} ${blob('c')} M\0content/x.mdx\0` +
      `\x1edef5678\x1f2026-09-02T10:00:00+00:00\x1fDrop\x1f\0\n:100644 000000 ${blob('a')} ${blob('0')} D\0content/a b.mdx\0`;
    const files = parseVersionsLog(out, '/repo');
    expect([...files.keys()]).toEqual(['/repo/content/a b.mdx', '/repo/content/café.mdx']);
    expect(files.get('/repo/content/a b.mdx')).toEqual([
      { hash: 'abc1234', date: new Date('2026-09-01T08:00:00Z'), subject: 'First', minor: true, blob: blob('a') },
      { hash: 'def5678', date: new Date('2026-09-02T10:00:00Z'), subject: 'Drop', minor: false, blob: null },
    ]);
  });

  it('builds commit links on the repository host', () => {
    expect(commitUrl('https://github.com/brightwell/trust-center/', 'abc')).toBe('https://github.com/brightwell/trust-center/commit/abc');
  });
});
