/**
 * The promise ledger and the changes record, read from real temporary git repositories:
 * one `git log --raw` pass, file texts from one `git cat-file --batch`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRunner, tempDirs, committer } from '../helpers/git-repo';
import { postRevisions } from '../../src/lib/change-list';
import { dataChange, describeField } from '../../src/lib/changes';
import { deriveDueHistory } from '../../src/lib/due-revisions';
import { readBlobs, readContentLog } from '../../src/lib/git-versions';
import { checkLedger, explainLedgerProblem, unavailableMessage, type DataVersion } from '../../src/lib/ledger';
import { root } from '../helpers/build';

const temp = tempDirs();
afterAll(temp.cleanup);
/** A fresh folder under the system temp dir. */
const tempDir = temp.make;
/** Runs git in `cwd` with a fixed identity and date, isolated from the user's config. */
const git = gitRunner('2026-11-01T10:00:00+00:00');

const commit = committer(git);

/** A commitments.yaml with two commitments; `e2eeDue` is the due date of the second. */
function commitments(e2eeDue: string, withRouting = true): string {
  return [
    '- id: e2ee',
    '  title: Real end-to-end encryption',
    '  summary: Ship end-to-end encrypted meetings.',
    '  promised: 2026-09-01',
    `  due: ${e2eeDue}`,
    '  owner: priya-raman',
    '  category: security',
    ...(withRouting
      ? [
          '- id: routing',
          '  title: Data-routing transparency',
          '  summary: Publish every region.',
          '  promised: 2026-09-01',
          '  due: 2026-10-15',
          '  owner: tomas',
          '  category: privacy',
        ]
      : []),
    '',
  ].join('\n');
}

const START = new Date('2026-11-30T00:00:00Z');

/** The versions of content/commitments.yaml in a repository, oldest first, plus the file as it is now. */
async function ledgerVersions(repo: string, current: string): Promise<DataVersion[]> {
  const log = await readContentLog('content', repo);
  expect(log.unavailable).toBeUndefined();
  const versions = (log.files.get(join(repo, 'content/commitments.yaml')) ?? []).slice().reverse();
  const texts = await readBlobs(
    log.root,
    versions.flatMap((v) => (v.blob ? [v.blob] : [])),
  );
  return [
    ...versions.map((v) => ({ commit: { hash: v.hash, date: v.date, subject: v.subject }, text: v.blob ? texts.get(v.blob)! : null })),
    { text: current },
  ];
}

describe('the promise ledger', () => {
  const repo = tempDir('ledger-repo-');
  git(repo, ['init', '-q', '-b', 'main']);
  // Drafting before the site went public: not a promise.
  commit(repo, { 'content/commitments.yaml': commitments('2026-11-20') }, 'Draft the plan', '2026-08-20T10:00:00Z');
  commit(repo, { 'content/commitments.yaml': commitments('2026-11-27') }, 'Plan as published', '2026-11-29T10:00:00Z');
  const silent = commit(repo, { 'content/commitments.yaml': commitments('2026-12-18') }, 'Update e2ee date', '2026-12-01T09:00:00Z');

  it('fails a silent due-date change, naming the commitment, the old and new values and the commit', async () => {
    const problems = checkLedger(await ledgerVersions(repo, commitments('2026-12-18')), START);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ commitment: 'e2ee', field: 'due', before: '2026-11-27', after: '2026-12-18' });
    expect(problems[0]!.commit!.hash).toBe(silent);
    const { what, fix } = explainLedgerProblem(problems[0]!, 'content/commitments.yaml');
    expect(what).toBe(
      `commitment "e2ee": due was published as "2026-11-27" and is now "2026-12-18", changed by commit ${silent.slice(0, 7)} (2026-12-01, “Update e2ee date”) with no revision record`,
    );
    expect(fix).toContain('put back due: 2026-11-27 in content/commitments.yaml');
    expect(fix).toContain('a status update for e2ee with due: 2026-12-18 and reason: "…"');
  });

  it('passes once the original date is restored (the history of the mistake stays in git)', async () => {
    expect(checkLedger(await ledgerVersions(repo, commitments('2026-11-27')), START)).toEqual([]);
  });

  it('names an edit that is not committed yet', async () => {
    const problems = checkLedger(await ledgerVersions(repo, commitments('2026-12-24')), START);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.commit).toBeUndefined();
    expect(explainLedgerProblem(problems[0]!, 'x.yaml').what).toContain('changed by an edit not committed yet');
  });

  it('ignores changes made before the ledger start', async () => {
    // 2026-11-20 → 2026-11-27 happened while drafting: the published promise is 2026-11-27.
    expect(checkLedger(await ledgerVersions(repo, commitments('2026-11-27')), START)).toEqual([]);
    expect(checkLedger(await ledgerVersions(repo, commitments('2026-11-20')), START)[0]).toMatchObject({ before: '2026-11-27', after: '2026-11-20' });
  });

  it('fails a deleted commitment, naming the commit that removed it', async () => {
    const other = tempDir('ledger-delete-');
    git(other, ['init', '-q', '-b', 'main']);
    commit(other, { 'content/commitments.yaml': commitments('2026-11-27') }, 'Plan as published', '2026-11-29T10:00:00Z');
    const removal = commit(other, { 'content/commitments.yaml': commitments('2026-11-27', false) }, 'Drop routing', '2026-12-02T09:00:00Z');
    const problems = checkLedger(await ledgerVersions(other, commitments('2026-11-27', false)), START);
    expect(problems).toEqual([
      { commitment: 'routing', field: '(removed)', before: 'Data-routing transparency', commit: expect.objectContaining({ hash: removal }) },
    ]);
    const { what, fix } = explainLedgerProblem(problems[0]!, 'content/commitments.yaml');
    expect(what).toBe(
      `commitment "routing" (“Data-routing transparency”) was published and then removed by commit ${removal.slice(0, 7)} (2026-12-02, “Drop routing”)`,
    );
    expect(fix).toContain('withdrawn: true and reason:');
  });

  it('says a shallow clone cannot be checked and how to fetch the history', async () => {
    const clone = join(tempDir('ledger-shallow-'), 'clone');
    git(tmpdir(), ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const log = await readContentLog('content', clone);
    expect(log.unavailable).toBe('shallow');
    expect(unavailableMessage('shallow', 'content').fix).toBe('run git fetch --unshallow (in CI: actions/checkout with fetch-depth: 0), then build again');
  });
});

describe('a due-date revision record', () => {
  const post = { sourceTitle: 'Week 13', sourcePath: '/progress/week-13/' };
  const events = [
    { commitment: 'e2ee', date: new Date('2026-11-27T18:00:00Z'), due: new Date('2026-12-18T00:00:00Z'), reason: 'Re-review.', ...post },
    {
      commitment: 'e2ee',
      date: new Date('2026-12-11T18:00:00Z'),
      due: new Date('2027-01-08T00:00:00Z'),
      reason: 'New finding.',
      sourceTitle: 'Week 15',
      sourcePath: '/progress/week-15/',
    },
    { commitment: 'other', date: new Date('2026-11-01T00:00:00Z'), due: new Date('2027-01-01T00:00:00Z'), reason: 'x', ...post },
  ];
  const e2ee = { id: 'e2ee', due: new Date('2026-11-27T00:00:00Z') };

  it('moves the current due date from the day it is announced, keeping the original', () => {
    expect(deriveDueHistory(e2ee, events, new Date('2026-11-27T12:00:00Z'))).toMatchObject({ original: '2026-11-27', current: '2026-11-27', revisions: [] });
    const later = deriveDueHistory(e2ee, events, new Date('2026-12-20T00:00:00Z'));
    expect(later.current).toBe('2027-01-08');
    expect(later.totalDays).toBe(42);
    expect(later.revisions.map((r) => [r.from, r.to, r.days, r.reason, r.sourcePath])).toEqual([
      ['2026-11-27', '2026-12-18', 21, 'Re-review.', '/progress/week-13/'],
      ['2026-12-18', '2027-01-08', 21, 'New finding.', '/progress/week-15/'],
    ]);
  });

  it('records a withdrawal with its date and reason', () => {
    const withdrawn = deriveDueHistory(
      e2ee,
      [{ commitment: 'e2ee', date: new Date('2026-12-01T00:00:00Z'), withdrawn: true, reason: 'Replaced by a new promise.', ...post }],
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(withdrawn.withdrawal).toMatchObject({ reason: 'Replaced by a new promise.', sourcePath: '/progress/week-13/' });
  });
});

describe('the changes record', () => {
  const repo = tempDir('changes-repo-');
  git(repo, ['init', '-q', '-b', 'main']);
  const post = (body: string, extra = '') => `---\ntitle: "Week 2"\npublished: 2026-11-29T09:00:00Z\n${extra}---\n\n${body}\n`;
  commit(
    repo,
    { 'content/progress/week-2.mdx': post('We fixed 40 reports this week.'), 'content/statements/draft.mdx': post('First draft.', 'draft: true\n') },
    'Publish week 2',
    '2026-11-29T09:00:00Z',
  );
  commit(
    repo,
    { 'content/progress/week-2.mdx': post('We fixed 34 reports this week.'), 'content/statements/draft.mdx': post('Second draft.', 'draft: true\n') },
    'Correct the count',
    '2026-12-01T09:00:00Z',
  );
  commit(
    repo,
    { 'content/progress/week-2.mdx': post('We fixed 34 reports this week, all of them critical.', 'updated: 2026-12-02\n') },
    'Say which reports\n\nMinor: yes',
    '2026-12-02T09:00:00Z',
  );
  commit(repo, { 'content/statements/draft.mdx': post('Published text.') }, 'Publish the letter', '2026-12-03T09:00:00Z');
  commit(repo, { 'content/statements/draft.mdx': post('Published text, edited.') }, 'Edit the letter', '2026-12-04T09:00:00Z');

  const load = async (file: string) => {
    const log = await readContentLog('content', repo);
    const versions = log.files.get(join(repo, file))!.slice().reverse();
    return {
      versions,
      texts: await readBlobs(
        log.root,
        versions.flatMap((v) => (v.blob ? [v.blob] : [])),
      ),
    };
  };
  const options = { published: new Date('2026-11-29T09:00:00Z'), now: new Date('2026-12-10T00:00:00Z'), start: START, draft: false };

  it('shows a post edited twice as two diffs with the words inserted and deleted, and the minor mark', async () => {
    const { versions, texts } = await load('content/progress/week-2.mdx');
    const revised = postRevisions(versions, texts, options);
    expect(revised.map((r) => r.version.subject)).toEqual(['Correct the count', 'Say which reports']);
    expect(revised.map((r) => r.version.minor)).toEqual([false, true]);
    const [first, second] = revised.map((r) => r.change);
    expect(first!.text.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['40']);
    expect(first!.text.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['34']);
    expect(second!.text.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual([', all of them critical']);
    expect(second!.text.filter((p) => p.kind === 'removed')).toEqual([]);
    expect(second!.wordsAdded).toBe(4);
    expect(second!.fields).toEqual([{ path: 'updated', after: '2026-12-02' }]);
  });

  it('shows no change of a draft, and none of its edits before publication', async () => {
    const { versions, texts } = await load('content/statements/draft.mdx');
    expect(postRevisions(versions.slice(0, 2), texts, { ...options, draft: true })).toEqual([]);
    const revised = postRevisions(versions, texts, options);
    expect(revised.map((r) => r.version.subject)).toEqual(['Edit the letter']);
  });

  it('shows no change of a scheduled post until its publish time', async () => {
    const { versions, texts } = await load('content/progress/week-2.mdx');
    expect(postRevisions(versions, texts, { ...options, published: new Date('2026-12-20T00:00:00Z') })).toEqual([]);
  });

  it('states a data file change in words', () => {
    const before = '- id: eu\n  dataCenters: [FRA-2]\n  optOut: true\n';
    const after = '- id: eu\n  dataCenters: [FRA-2, FRA-3]\n  optOut: false\n';
    const words = { added: 'added', removed: 'removed', empty: '(empty)' };
    expect(dataChange(before, after).fields.map((f) => describeField(f, words))).toEqual(['eu.dataCenters: FRA-2 → FRA-2, FRA-3', 'eu.optOut: true → false']);
  });
});

describe('npm run check on a silent edit (one real run)', () => {
  it('fails with file:line, field, the values, the commit and the fix', () => {
    const repo = tempDir('ledger-check-');
    cpSync(join(root, 'tests', 'fixtures', 'site'), join(repo, 'content'), { recursive: true });
    git(repo, ['init', '-q', '-b', 'main']);
    commit(repo, {}, 'Site goes public', '2026-11-29T10:00:00Z');
    const yaml = readFileSync(join(repo, 'content/commitments.yaml'), 'utf8');
    const moved = commit(
      repo,
      { 'content/commitments.yaml': yaml.replace('due: 2026-11-27', 'due: 2026-12-18') },
      'Move the e2ee date',
      '2026-12-01T09:00:00Z',
    );
    // Vitest's own variables would make the check's Astro run as in a test: leave them out.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k)));
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--content-only'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, CONTENT_DIR: join(repo, 'content') },
    });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(
      `${repo}/content/commitments.yaml:5  e2ee.due  commitment "e2ee": due was published as "2026-11-27" and is now "2026-12-18", changed by commit ${moved.slice(0, 7)} (2026-12-01, “Move the e2ee date”) with no revision record  put back due: 2026-11-27 in ${repo}/content/commitments.yaml (it keeps the original promise) and announce the new date in a progress post or webinar recap: a status update for e2ee with due: 2026-12-18 and reason: "…" (PUBLISHING.md, "When a date slips or a promise is withdrawn")`,
    );
    expect(run.stdout).toContain('✗ 1 problem in 1 file');
  }, 60_000);
});
