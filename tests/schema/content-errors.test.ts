/**
 * Data that is wrong must not look right: `npm run check` names each problem with the same
 * words as the build (one rule, in the loaders and schemas), a broken data file is reported
 * once and never cascades into "unknown commitment" lines, and a data file that cannot be
 * read fails the build even when Astro's content cache holds a good copy from the last build.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runAstro } from '../helpers/build';

const fixture = join(root, 'tests', 'fixtures', 'site');
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid fixture content with `mutate` applied; returns its folder. */
function brokenCopy(name: string, mutate: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `content-errors-${name}-`));
  workDirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  mutate(dir);
  return dir;
}

/** Replaces text in a file of the copied content, failing loudly if the text is absent. */
function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

/** Runs `npm run check -- --content-only` on a content folder; returns its exit code and output, with the folder shown as "C". */
function check(dir: string): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'check.ts'), '--content-only'], {
      cwd: root,
      env: { ...env, CONTENT_DIR: dir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replaceAll(dir, 'C') }));
  });
}

/** How many times `text` occurs in `output`. */
const count = (output: string, text: string) => output.split(text).length - 1;

describe('npm run check', () => {
  it('names impossible dates in posts and post files whose name or folder cannot be their address', async () => {
    const dir = brokenCopy('posts', (d) => {
      edit(d, 'progress/week-1.mdx', 'published: 2026-09-04T10:00:00-07:00', 'published: 2026-09-31');
      edit(d, 'audits/appsec.mdx', 'statusDate: ', 'statusDate: 2026-02-29 #');
      writeFileSync(join(d, 'progress', '2.mdx'), readFileSync(join(d, 'progress', 'week-2.mdx')));
      mkdirSync(join(d, 'guides', 'admins'));
      writeFileSync(join(d, 'guides', 'admins', 'sso.mdx'), readFileSync(join(d, 'guides', 'meeting-passwords.mdx')));
      writeFileSync(join(d, 'statements', 'Apology Letter.mdx'), readFileSync(join(d, 'statements', 'apology.mdx')));
    });
    const run = await check(dir);
    expect(run.code, run.output).toBe(1);
    const lines = [
      'C/progress/week-1.mdx:4  published  "2026-09-31" is not a real date: September 2026 has 30 days  Write a day from 01 to 30, e.g. 2026-09-30.',
      'C/audits/appsec.mdx:',
      '  findings.0.statusDate  "2026-02-29" is not a real date: February 2026 has 28 days  Write a day from 01 to 28, e.g. 2026-02-28.',
      'C/progress/2.mdx:1  (filename)  would be published at /progress/2/, the address of page 2 of the progress list  start the name with a word or a date, e.g. week-2.mdx or 2026-09-04-week-2.mdx',
      'C/guides/admins/sso.mdx:1  (folder)  is in a sub-folder of C/guides/, and posts are published only from the folder itself  move it to C/guides/sso.mdx',
      'C/statements/Apology Letter.mdx:1  (filename)  the file name "Apology Letter" cannot be a web address: only lowercase letters, digits and hyphens are allowed  rename it to apology-letter.mdx',
    ];
    for (const line of lines) expect(count(run.output, line), `${line}\n---\n${run.output}`).toBe(1);
    expect(run.output).toContain('✗ 5 problems in 5 files');
  });

  it('reports a YAML syntax error and an id used twice once each, and checks no post against the broken lists', async () => {
    const dir = brokenCopy('data', (d) => {
      edit(d, 'commitments.yaml', 'title: Expanded bug bounty', 'title: "Expanded bug bounty');
      edit(d, 'people.yaml', '- id: ciso', '- id: ceo');
    });
    const run = await check(dir);
    expect(run.code, run.output).toBe(1);
    expect(
      count(
        run.output,
        'C/commitments.yaml:9  (yaml)  the file is not valid YAML (line 9, column 10: Missing closing "quote)  the quote opened here is not closed: close it on the same line (a quote inside a quoted value is written \\")',
      ),
      run.output,
    ).toBe(1);
    expect(run.output).toMatch(/C\/people\.yaml:\d+ {2}ceo\.id {2}the id "ceo" is used twice \(line 1 and line \d+\) {2}every entry needs its own id/);
    expect(run.output).toContain('Note: Fix C/commitments.yaml first: the posts that refer to it were not checked.');
    expect(run.output).not.toMatch(/unknown (commitment|person)/);
    expect(run.output).toContain('✗ 2 problems in 2 files');
  });

  it('names a due date before the plan and swapped coordinates', async () => {
    const due = await check(
      brokenCopy('due', (d) => edit(d, 'commitments.yaml', 'promised: 2026-09-01\n  due: 2026-10-01', 'promised: 2025-09-01\n  due: 2025-10-01')),
    );
    expect(due.output, due.output).toContain(
      "C/commitments.yaml:12  bug-bounty.due  is before the plan starts (2026-09-01)  Check the year and the month: the due day is on or after the plan's first day.",
    );
    const swapped = await check(brokenCopy('swap', (d) => edit(d, 'regions.yaml', 'coordinates: [8.68, 50.11]', 'coordinates: [50.11, 98.68]')));
    expect(swapped.output, swapped.output).toContain(
      'C/regions.yaml:18  eu-central.coordinates  [50.11, 98.68]: latitude 98.68 (the second number) is outside -90 to 90  Did you swap them? Write [longitude, latitude]: [98.68, 50.11].',
    );
  });
});

describe('the build, with a warm content cache', () => {
  it('fails on a data file that cannot be read, instead of publishing the cached copy', async () => {
    const dir = brokenCopy('warm', () => {});
    const cache = mkdtempSync(join(tmpdir(), 'content-errors-cache-'));
    workDirs.push(cache);
    const env = { CACHE_DIR: cache };
    // A good sync fills the cache, as a first build does.
    const good = await runAstro('sync', { name: 'warm-cache-sync', contentDir: relative(root, dir), env });
    expect(good.code, good.output).toBe(0);
    edit(dir, 'commitments.yaml', 'title: Expanded bug bounty', 'title: "Expanded bug bounty');
    const run = await runAstro('build', { name: 'warm-cache-build', contentDir: relative(root, dir), env });
    expect(run.code, run.output).not.toBe(0);
    expect(count(run.output, 'commitments.yaml:9  (yaml)  the file is not valid YAML (line 9, column 10: Missing closing "quote)'), run.output).toBe(1);
    expect(run.output).not.toMatch(/Complete!|unknown commitment/);
    // As Astro's own error: its name in brackets, then the hint Astro prints under it.
    expect(run.output).toMatch(/\[ContentFileError\] \S*commitments\.yaml:9 {2}\(yaml\)/);
    expect(run.output).toMatch(/Hint:\s+Fix the file named above; `npm run check` lists every problem\./);
  });

  it('checks unchanged posts again when an id they refer to is removed', async () => {
    const dir = brokenCopy('warm-ids', () => {});
    const cache = mkdtempSync(join(tmpdir(), 'content-errors-cache-'));
    workDirs.push(cache);
    const env = { CACHE_DIR: cache };
    const good = await runAstro('sync', { name: 'warm-ids-1', contentDir: relative(root, dir), env });
    expect(good.code, good.output).toBe(0);
    // e2ee leaves the list; progress/week-1.mdx, unchanged, still reports on it.
    const list = readFileSync(join(dir, 'commitments.yaml'), 'utf8');
    writeFileSync(join(dir, 'commitments.yaml'), list.slice(list.indexOf('- id: bug-bounty')));
    const run = await runAstro('sync', { name: 'warm-ids-2', contentDir: relative(root, dir), env });
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain('unknown commitment "e2ee". Valid values: bug-bounty, safer-defaults.');
  });
});
