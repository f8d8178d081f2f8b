/**
 * Publishing for the comms team, end to end: `npm run new` writes a post of every kind that
 * passes `npm run check` and builds; it never overwrites; `npm run check` names the file,
 * line and field of every broken file and exits non-zero; posts link to their source; the
 * dev preview shows drafts and scheduled posts with a banner; the CI and deploy workflows
 * are valid YAML with the expected jobs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { root, runAstro, runsDir, TEST_NOW } from '../helpers/build';
import { listPages, readPage } from '../../scripts/lib/dist-files';
import { site } from '../../src/site.config';
import { POST_KINDS, type PostKind } from '../../src/lib/vocabulary';

const fixture = join(root, 'tests', 'fixtures', 'site');
const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the fixture content under the test runs folder; returns its path relative to the project. */
function copyFixture(name: string): string {
  const dir = join(runsDir, `publishing-content-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(fixture, dir, { recursive: true });
  created.push(dir);
  return relative(root, dir).split('\\').join('/');
}

/**
 * The environment without what Vitest adds to it (Vite's BASE_URL, MODE, DEV, PROD, SSR,
 * NODE_ENV=test, and VITEST*), which Astro would otherwise read: tools run as from a shell.
 */
function shellEnv(): Record<string, string | undefined> {
  const vitest = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'];
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.includes(key) && !key.startsWith('VITEST')));
}

/** Result of running one of the publishing scripts. */
interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs scripts/<name>.ts on the pinned Node, as `npm run <name>` does, against a content folder. */
function runScript(name: 'new' | 'check', args: string[], contentDir: string, input?: string): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', `${name}.ts`), ...args], {
      cwd: root,
      env: {
        ...shellEnv(),
        CONTENT_DIR: contentDir,
        SITE_NOW: TEST_NOW,
        TZ: 'America/Los_Angeles',
        BASE_PATH: '',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** One problem line of the check: `file:line  field  what  fix`. */
interface Reported {
  file: string;
  line: number;
  field: string;
  rest: string;
}

/** The problem lines of the check's output. */
function problemsOf(output: string): Reported[] {
  return output
    .split('\n')
    .map((line) => /^(\S+):(\d+) {2}(\S+) {2}(.+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1]!, line: Number(m[2]), field: m[3]!, rest: m[4]! }));
}

/** Options that fill every field of a kind, with ids that exist in the fixture. */
const FULL_OPTIONS: Record<PostKind, string[]> = {
  statements: [],
  progress: ['--commitment', 'e2ee', '--status', 'in-progress', '--note', 'Rolled out to 10% of accounts.'],
  webinars: ['--start', '2026-12-10T09:00', '--presenters', 'ceo,ciso', '--join-url', 'https://video.example/join/15'],
  routing: ['--region', 'eu-central', '--change', 'changed', '--description', 'EU meetings stay in the EU.'],
  audits: [
    '--auditor',
    'Fixture Labs',
    '--scope',
    'Clients',
    '--period-start',
    '2026-10-01',
    '--period-end',
    '2026-10-31',
    '--report',
    '/audits/appsec/fixture-appsec-report.pdf',
  ],
  guides: ['--audience', 'admins'],
};

/** A title with characters that need quoting in YAML. */
const titleOf = (kind: PostKind) => `New ${kind}: "quotes" & colons — naïve 🚀`;

describe('npm run new, for every kind, then npm run check and a build', () => {
  let contentDir: string;
  const files = new Map<PostKind, string>();
  let outputs: ScriptRun[] = [];
  let check: ScriptRun;

  beforeAll(async () => {
    contentDir = copyFixture('scaffold');
    outputs = [];
    for (const kind of POST_KINDS) {
      const run = await runScript(
        'new',
        [kind, titleOf(kind), '--summary', `A ${kind} summary.`, '--author', 'ciso', '--tags', 'defaults', ...FULL_OPTIONS[kind]],
        contentDir,
      );
      outputs.push(run);
      const file = readdirSync(join(root, contentDir, kind)).find((f) => f.startsWith('2026-11-28-'));
      if (file) {
        files.set(kind, join(contentDir, kind, file));
        // Write the body, as an author would, so that no placeholder is left.
        const path = join(root, contentDir, kind, file);
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, text.replace(/^TODO: .*$/gm, 'Written by the author. <Callout tone="note">Done.</Callout>'));
      }
    }
    check = await runScript('check', ['--content-only'], contentDir);
  });

  it('writes content/<kind>/<date>-<slug>.mdx and prints its path and preview address', () => {
    for (const [i, kind] of POST_KINDS.entries()) {
      const run = outputs[i]!;
      expect(run.code, run.stderr).toBe(0);
      const file = files.get(kind);
      expect(file).toBe(`${contentDir}/${kind}/2026-11-28-new-${kind}-quotes-and-colons-naive.mdx`);
      expect(run.stdout).toContain(`Created ${file}`);
      expect(run.stdout).toContain(`Preview: http://localhost:4321/${kind}/2026-11-28-new-${kind}-quotes-and-colons-naive/`);
    }
  });

  it('fills every field from the options', () => {
    const data = (kind: PostKind) => parse(readFileSync(join(root, files.get(kind)!), 'utf8').split('---')[1]!) as Record<string, unknown>;
    expect(data('progress')).toMatchObject({ title: titleOf('progress'), author: 'ciso', week: 13, updates: [{ commitment: 'e2ee', status: 'in-progress' }] });
    expect(data('webinars')).toMatchObject({ start: '2026-12-10T09:00:00-08:00', presenters: ['ceo', 'ciso'], timeZone: 'America/Los_Angeles' });
    expect(data('statements').published).toBe('2026-11-28T04:00:00-08:00');
  });

  it('passes the check', () => {
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(problemsOf(check.stdout)).toEqual([]);
    expect(check.stdout).toContain('No problems');
  });

  it('builds, with a page for every new post', async () => {
    const build = await runAstro('build', { name: 'publishing-scaffold', contentDir });
    expect(build.code, build.output).toBe(0);
    for (const kind of POST_KINDS) {
      const slug = files
        .get(kind)!
        .split('/')
        .at(-1)!
        .replace(/\.mdx$/, '');
      const page = readPage(build.outDir, `${kind}/${slug}/index.html`);
      expect(page.querySelector('h1')?.text).toBe(titleOf(kind));
      expect(page.querySelector('.callout')?.text.trim()).toBe('Done.');
      // Content outside the project links to where the file would be in the repository.
      expect(page.querySelector('a[data-source-link="view"]')?.getAttribute('href')).toBe(
        `${site.repositoryUrl}/blob/${site.repositoryBranch}/${files.get(kind)}`,
      );
    }
  });
});

describe('npm run new without the optional fields', () => {
  it('marks every missing field TODO, and the check lists each one at its line', async () => {
    const contentDir = copyFixture('todo');
    for (const kind of POST_KINDS) {
      const run = await runScript('new', [kind, `Unfinished ${kind}`], contentDir);
      expect(run.code, run.stderr).toBe(0);
    }
    const check = await runScript('check', ['--content-only'], contentDir);
    expect(check.code).toBe(1);
    const reported = problemsOf(check.stdout);
    for (const kind of POST_KINDS) {
      const file = `${contentDir}/${kind}/2026-11-28-unfinished-${kind}.mdx`;
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      const mine = reported.filter((p) => p.file === file);
      const fields = mine.map((p) => p.field);
      expect(fields, kind).toContain('summary');
      expect(fields, kind).toContain('author');
      expect(fields, kind).toContain('(text)');
      for (const p of mine) {
        const key = p.field
          .split('.')
          .filter((s) => !/^\d+$/.test(s))
          .at(-1)!;
        // Every problem points at the line that holds its field (or, for the body, the placeholder).
        expect(lines[p.line - 1], `${kind} ${p.field}`).toContain(p.field === '(text)' ? 'TODO:' : `${key}:`);
        if (p.field !== 'report') expect(p.rest, `${kind} ${p.field}`).toMatch(/placeholder/);
      }
    }
    const progress = reported.filter((p) => p.file.includes('/progress/2026-11-28')).map((p) => p.field);
    expect(progress).toEqual(expect.arrayContaining(['updates.0.commitment', 'updates.0.status', 'updates.0.note']));
    const webinar = reported.filter((p) => p.file.includes('/webinars/2026-11-28')).map((p) => p.field);
    expect(webinar).toEqual(expect.arrayContaining(['start', 'presenters.0', 'joinUrl']));
    const audit = reported.filter((p) => p.file.includes('/audits/2026-11-28'));
    expect(audit.map((p) => p.field)).toEqual(expect.arrayContaining(['auditor', 'scope', 'periodStart', 'periodEnd', 'report']));
    expect(audit.find((p) => p.field === 'report')!.rest).toContain(
      `${contentDir}/audits/2026-11-28-unfinished-audits/report.pdf (in the folder named like the post`,
    );
  });
});

describe('npm run new never overwrites', () => {
  it('refuses an existing file and leaves it untouched', async () => {
    const contentDir = copyFixture('overwrite');
    const first = await runScript('new', ['statements', 'Same title', '--date', '2026-12-01'], contentDir);
    expect(first.code, first.stderr).toBe(0);
    const path = join(root, contentDir, 'statements', '2026-12-01-same-title.mdx');
    writeFileSync(path, 'edited by the author\n');
    const second = await runScript('new', ['statements', 'Same title', '--date', '2026-12-01'], contentDir);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe('edited by the author\n');
  });

  it('refuses a file of the same slug with the other extension', async () => {
    const contentDir = copyFixture('overwrite-md');
    writeFileSync(join(root, contentDir, 'guides', '2026-12-01-locks.md'), 'existing\n');
    const run = await runScript('new', ['guides', 'Locks', '--date', '2026-12-01'], contentDir);
    expect(run.code).toBe(1);
    expect(existsSync(join(root, contentDir, 'guides', '2026-12-01-locks.mdx'))).toBe(false);
  });

  it('refuses an unknown kind and a date it cannot read', async () => {
    const contentDir = copyFixture('refuse');
    const kind = await runScript('new', ['progres', 'Week 14'], contentDir);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('"progres" is not a kind of post');
    const date = await runScript('new', ['progress', 'Week 14', '--date', 'next Tuesday'], contentDir);
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('is not a date');
    expect(readdirSync(join(root, contentDir, 'progress')).sort()).toEqual(['week-1.mdx', 'week-2.mdx']);
  });
});

describe('npm run new without arguments asks', () => {
  it('writes the post from the answers typed in', async () => {
    const contentDir = copyFixture('interactive');
    // kind (by number), title, summary, author (a wrong one first), publish time, week, commitment, status, note
    const answers = ['2', 'Week 14: encryption ships', 'Encryption is on.', 'nobody', 'ciso', '2026-12-04T10:00', '', 'e2ee', 'done', 'Shipped.'];
    const run = await runScript('new', [], contentDir, `${answers.join('\n')}\n`);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Use one of: ceo, ciso');
    const file = join(root, contentDir, 'progress', '2026-12-04-week-14-encryption-ships.mdx');
    const data = parse(readFileSync(file, 'utf8').split('---')[1]!) as Record<string, unknown>;
    expect(data).toMatchObject({
      title: 'Week 14: encryption ships',
      summary: 'Encryption is on.',
      author: 'ciso',
      published: '2026-12-04T10:00:00-08:00',
      week: 14,
      updates: [{ commitment: 'e2ee', status: 'done', note: 'Shipped.' }],
    });
  });

  it('writes nothing when no kind is given', async () => {
    const contentDir = copyFixture('interactive-empty');
    const run = await runScript('new', [], contentDir, '\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing was written');
  });
});

/** Replaces text in a copied fixture file, failing loudly if the text is absent. */
function edit(contentDir: string, file: string, from: string | RegExp, to: string) {
  const path = join(root, contentDir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, next);
}

describe('npm run check on broken content', () => {
  it('passes the valid fixture and the demo content', async () => {
    const fixtureRun = await runScript('check', ['--content-only'], 'tests/fixtures/site');
    expect(fixtureRun.code, fixtureRun.stdout).toBe(0);
    const demo = await runScript('check', ['--content-only'], 'content');
    expect(demo.code, demo.stdout).toBe(0);
  });

  it('reports every broken file, with its file, line and field, and exits non-zero', async () => {
    const d = copyFixture('broken');
    edit(d, 'statements/apology.mdx', 'author: ceo', 'author: nobody');
    edit(d, 'statements/apology.mdx', '<CommitmentLink id="e2ee" />', '<CommitmentLink id="e2e" />');
    edit(d, 'statements/scheduled-letter.mdx', /^summary: .*\n/m, '');
    edit(d, 'webinars/week-1-live.mdx', 'presenters: [ceo, ciso]', 'presenters: [ceo, cfo]');
    edit(d, 'progress/week-1.mdx', 'week: 1', 'week: one');
    edit(d, 'progress/week-1.mdx', 'commitment: e2ee', 'commitment: e2e');
    edit(d, 'routing/2026-09-15-regions.mdx', 'region: eu-central', 'region: eu-west');
    edit(d, 'audits/appsec.mdx', 'severity: critical', 'severity: severe');
    edit(d, 'audits/appsec.mdx', 'report: /audits/appsec/fixture-appsec-report.pdf', 'report: /audits/appsec/missing.pdf');
    edit(d, 'guides/meeting-passwords.mdx', /^title: .*$/m, 'title: Passwords: the two-lock rule');
    edit(d, 'statements/draft-letter.mdx', 'draft: true', 'draft: true\ntag: [plan]');
    edit(d, 'progress/week-2.mdx', '| Reports fixed | 34 |', '| Reports fixed | 34 |\n\nWe <3 our users.');
    edit(d, 'webinars/week-14-upcoming.mdx', 'Join us.', 'Join us. <Calout>x</Calout>');
    mkdirSync(join(root, d, 'progres'));
    writeFileSync(join(root, d, 'progres', 'week-3.mdx'), readFileSync(join(root, d, 'progress', 'week-2.mdx')));

    const run = await runScript('check', ['--content-only'], d);
    expect(run.code).toBe(1);
    const reported = problemsOf(run.stdout);

    const expected: { file: string; field: string; text: string; says: string | RegExp }[] = [
      { file: 'statements/apology.mdx', field: 'author', text: 'author: nobody', says: 'Valid values: ceo, ciso, advisor' },
      { file: 'statements/apology.mdx', field: '(text)', text: '<CommitmentLink id="e2e" />', says: 'did you mean "e2ee"' },
      { file: 'statements/scheduled-letter.mdx', field: 'summary', text: '---', says: 'is missing' },
      { file: 'webinars/week-1-live.mdx', field: 'presenters.1', text: 'presenters: [ceo, cfo]', says: 'unknown person "cfo"' },
      { file: 'progress/week-1.mdx', field: 'week', text: 'week: one', says: 'should be a number' },
      { file: 'progress/week-1.mdx', field: 'updates.1.commitment', text: 'commitment: e2e', says: 'unknown commitment "e2e"' },
      { file: 'routing/2026-09-15-regions.mdx', field: 'changes.1.region', text: 'region: eu-west', says: 'unknown region "eu-west"' },
      { file: 'audits/appsec.mdx', field: 'findings.0.severity', text: 'severity: severe', says: 'critical, high, medium, low, informational' },
      {
        file: 'audits/appsec.mdx',
        field: 'report',
        text: 'report: /audits/appsec/missing.pdf',
        says: `${d}/audits/appsec/missing.pdf (in the folder named like the post`,
      },
      { file: 'guides/meeting-passwords.mdx', field: '(frontmatter)', text: 'title: Passwords: the two-lock rule', says: 'double quotes' },
      { file: 'statements/draft-letter.mdx', field: 'tag', text: 'tag: [plan]', says: 'did you mean "tags"' },
      { file: 'progress/week-2.mdx', field: '(text)', text: 'We <3 our users.', says: '&lt;' },
      { file: 'webinars/week-14-upcoming.mdx', field: '(text)', text: '<Calout>', says: 'did you mean <Callout>' },
      { file: 'progres/week-3.mdx', field: '(folder)', text: '---', says: `${d}/progress/` },
    ];
    for (const e of expected) {
      const file = `${d}/${e.file}`;
      const found = reported.find((p) => p.file === file && p.field === e.field);
      expect(found, `${e.file} ${e.field}\n${run.stdout}`).toBeDefined();
      const lines = readFileSync(join(root, file), 'utf8').split('\n');
      expect(lines[found!.line - 1], `${e.file} ${e.field} at line ${found!.line}`).toContain(e.text);
      if (typeof e.says === 'string') expect(found!.rest).toContain(e.says);
      else expect(found!.rest).toMatch(e.says);
    }
    // Messages name the real files, never the check's temporary copy.
    expect(run.stdout).not.toMatch(/check-content-/);
    expect(run.stdout).toMatch(/✗ \d+ problems in \d+ files/);
  });

  it('reports a broken data file and says why it stops there', async () => {
    const d = copyFixture('broken-data');
    edit(d, 'commitments.yaml', 'due: 2026-10-01', 'due: 2026-08-01');
    const run = await runScript('check', ['--content-only'], d);
    expect(run.code).toBe(1);
    const [problem] = problemsOf(run.stdout);
    expect(problem).toMatchObject({ file: `${d}/commitments.yaml`, line: 12, field: 'bug-bounty.due' });
    expect(problem!.rest).toMatch(/^is before "promised"/);
    expect(run.stdout).toContain(`Fix ${d}/commitments.yaml first`);
  });

  it('reports files that share an address', async () => {
    const d = copyFixture('broken-duplicate');
    cpSync(join(root, d, 'statements', 'apology.mdx'), join(root, d, 'statements', 'apology.md'));
    const run = await runScript('check', ['--content-only'], d);
    expect(run.code).toBe(1);
    const files = problemsOf(run.stdout)
      .filter((p) => p.field === '(filename)')
      .map((p) => p.file)
      .sort();
    expect(files).toEqual([`${d}/statements/apology.md`, `${d}/statements/apology.mdx`]);
  });
});

describe('source links on every post', () => {
  it('links to the file on the repository and to a prefilled correction issue, outside the search index', () => {
    const dist = inject('fixtureDist');
    const posts = listPages(dist).filter((f) => (POST_KINDS as readonly string[]).includes(f.split('/')[0]!) && f.split('/').length === 3);
    expect(posts.length).toBeGreaterThan(5);
    for (const file of posts) {
      const [kind, slug] = file.split('/');
      const page = readPage(dist, file);
      const links = page.querySelector('[data-source-links]');
      expect(links, file).not.toBeNull();
      expect(links!.getAttribute('data-pagefind-ignore')).toBe('all');
      // The post file, not the folder of its attachments beside it (audits/appsec/).
      const source = readdirSync(join(fixture, kind!)).find((f) => /\.mdx?$/.test(f) && f.replace(/\.mdx?$/, '') === slug)!;
      expect(links!.querySelector('a[data-source-link="view"]')?.getAttribute('href')).toBe(
        `${site.repositoryUrl}/blob/${site.repositoryBranch}/tests/fixtures/site/${kind}/${source}`,
      );
      const issue = new URL(links!.querySelector('a[data-source-link="correction"]')!.getAttribute('href')!);
      expect(issue.pathname.endsWith('/issues/new')).toBe(true);
      expect(issue.searchParams.get('title')).toBe(`Correction: ${page.querySelector('h1')!.text}`);
      expect(issue.searchParams.get('body')).toContain(`/${kind}/${slug}/`);
    }
  });
});

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('npm run dev preview', () => {
  let dev: ChildProcess | undefined;
  afterAll(() => {
    if (dev && dev.exitCode === null && dev.signalCode === null) dev.kill();
  });

  it('shows a draft with a Draft banner and a scheduled post with its go-live time', async () => {
    const port = await freePort();
    dev = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port)], {
      cwd: root,
      env: {
        ...shellEnv(),
        CONTENT_DIR: 'tests/fixtures/site',
        SITE_NOW: TEST_NOW,
        CACHE_DIR: join(runsDir, 'publishing-dev-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    dev.stdout!.on('data', (chunk) => (log += chunk));
    dev.stderr!.on('data', (chunk) => (log += chunk));
    const get = async (path: string) => {
      for (let attempt = 0; attempt < 120; attempt++) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}${path}`);
          return { status: response.status, html: await response.text() };
        } catch {
          await new Promise((r) => setTimeout(r, 500));
        }
      }
      throw new Error(`the dev server did not answer:\n${log}`);
    };
    // Ready when a published page is served (the first requests may arrive while the content is still syncing).
    for (let attempt = 0; (await get('/statements/apology/')).status !== 200; attempt++) {
      if (attempt > 60) throw new Error(`the dev server never served a published post:\n${log}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const draft = await get('/statements/draft-letter/');
    expect(draft.status, log).toBe(200);
    const draftBanner = parseHtml(draft.html).querySelector('.banner');
    expect(draftBanner?.text).toMatch(/^Draft:/);
    const scheduled = await get('/statements/scheduled-letter/');
    expect(scheduled.status).toBe(200);
    expect(parseHtml(scheduled.html).querySelector('.banner')?.text).toMatch(/^Scheduled: this post goes live on January 15, 2027/);
    const published = await get('/statements/apology/');
    expect(parseHtml(published.html).querySelector('.banner')).toBeNull();
    // A draft's files are previewed with it (and never built: tests/build/site.test.ts).
    const report = await fetch(`http://127.0.0.1:${port}/audits/draft-pentest/draft-pentest-report.pdf`);
    expect(report.status, log).toBe(200);
    expect(report.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await report.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

describe('GitHub Actions workflows', () => {
  const workflow = (name: string) => parse(readFileSync(join(root, '.github', 'workflows', name), 'utf8')) as Record<string, any>;
  const runs = (job: { steps: { run?: string }[] }) => job.steps.map((s) => s.run ?? '').join('\n');
  const uses = (job: { steps: { uses?: string }[] }) => job.steps.map((s) => s.uses ?? '').filter(Boolean);

  it('CI runs check, lint, tests (with Chromium from apt) and build on pull requests', () => {
    const ci = workflow('ci.yml');
    expect(ci.on).toHaveProperty('pull_request');
    expect(Object.keys(ci.jobs).sort()).toEqual(['build', 'check', 'test']);
    for (const job of Object.values(ci.jobs) as { steps: { run?: string; uses?: string }[] }[]) {
      expect(runs(job)).toContain('npm ci');
      expect(uses(job).some((u) => u.startsWith('actions/checkout@'))).toBe(true);
    }
    expect(runs(ci.jobs.check)).toContain('npm run check');
    expect(runs(ci.jobs.check)).toMatch(/^npm run lint$/m);
    expect(runs(ci.jobs.test)).toMatch(/apt-get install .*chromium/);
    expect(runs(ci.jobs.test)).toMatch(/^npm test$/m);
    expect(runs(ci.jobs.build)).toMatch(/^npm run build$/m);
    expect(runs(ci.jobs.build)).toMatch(/^npm run build\nnpm run gates -- dist$/m);
  });

  it('Deploy builds on main, daily and by hand, with the Pages address, and deploys to Pages', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.on).toHaveProperty('workflow_dispatch');
    const cron: string = deploy.on.schedule[0].cron;
    expect(cron.trim().split(/\s+/)).toHaveLength(5);
    expect(cron.split(/\s+/).slice(2)).toEqual(['*', '*', '*']);
    const build = deploy.jobs.build;
    const buildStep = build.steps.find((s: { run?: string }) => s.run === 'npm run build');
    expect(buildStep.env.SITE_URL).toBe('${{ needs.address.outputs.origin }}');
    expect(buildStep.env.BASE_PATH).toBe('${{ needs.address.outputs.base_path }}');
    expect(build.needs).toBe('address');
    expect(deploy.jobs.address.steps.find((s: { id?: string }) => s.id === 'pages').uses).toMatch(/^actions\/configure-pages@/);
    expect(deploy.jobs.address.outputs).toEqual({
      origin: '${{ steps.pages.outputs.origin }}',
      base_path: '${{ steps.pages.outputs.base_path }}',
      base_url: '${{ steps.pages.outputs.base_url }}',
    });
    expect(buildStep.env.MANIFEST_PREVIOUS).toBe('${{ needs.address.outputs.base_url }}');
    const upload = build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload.with).toMatchObject({ path: 'dist', 'include-hidden-files': true });
    expect(deploy.jobs.deploy.needs).toBe('build');
    expect(uses(deploy.jobs.deploy)[0]).toMatch(/^actions\/deploy-pages@/);
    expect(deploy.jobs.deploy.environment.name).toBe('github-pages');
  });

  it('Deploy runs the same gates as CI before it uploads: check, build, then the output gates', () => {
    const deploy = workflow('deploy.yml');
    const steps: { run?: string; uses?: string; env?: Record<string, string> }[] = deploy.jobs.build.steps;
    const at = (match: (s: { run?: string; uses?: string }) => boolean) => steps.findIndex(match);
    const check = at((s) => s.run === 'npm run check');
    const build = at((s) => s.run === 'npm run build');
    const gates = at((s) => s.run === 'npm run gates -- dist');
    const upload = at((s) => !!s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect([check, build, gates, upload].every((i) => i >= 0)).toBe(true);
    expect(check < build && build < gates && gates < upload).toBe(true);
    // The gates judge links and origins for the address the site is built for.
    expect(steps[gates]!.env).toEqual({ SITE_URL: steps[build]!.env!.SITE_URL, BASE_PATH: steps[build]!.env!.BASE_PATH });
    // The script the workflow calls is the one package.json defines, over the gates the tests run.
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.gates).toBe('node scripts/gates.ts');
    expect(readFileSync(join(root, 'scripts', 'gates.ts'), 'utf8')).toContain("from './lib/output-gates.ts'");
  });

  it('Deploy restores the share cards of earlier deploys into the folder the build reads, after npm ci and before the build', () => {
    const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = workflow('deploy.yml').jobs.build.steps;
    const install = steps.findIndex((s) => s.run?.startsWith('npm ci'));
    const cache = steps.findIndex((s) => !!s.uses?.startsWith('actions/cache@'));
    const build = steps.findIndex((s) => s.run === 'npm run build');
    expect(install >= 0 && install < cache && cache < build).toBe(true);
    expect(steps[cache]!.with!.path).toBe('node_modules/.cache/share-cards');
    expect(readFileSync(join(root, 'src', 'data', 'share-cards.ts'), 'utf8')).toContain("join(root, 'node_modules', '.cache', 'share-cards')");
  });

  it('Deploy gives each job only the permissions it needs', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.permissions).toEqual({});
    expect(deploy.jobs.address.permissions).toEqual({ pages: 'read' });
    expect(deploy.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});
