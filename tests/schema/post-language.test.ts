/**
 * A post that breaks the post language, or links to what is not published, fails
 * `npm run check` and the build, naming the file, the line, what is wrong and what to do.
 * Each case is a post in tests/fixtures/post-language/, added to a copy of the fixture site:
 * one check over all of them, and one build over a copy with one broken post.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runAstro, runsDir, TEST_NOW, type AstroRun } from '../helpers/build';

const fixture = join(root, 'tests', 'fixtures', 'site');
const cases = join(root, 'tests', 'fixtures', 'post-language');
const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture site with the named case posts in statements/; returns its path relative to the project. */
function contentWith(name: string, posts: string[]): string {
  const dir = join(runsDir, `post-language-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(fixture, dir, { recursive: true });
  for (const post of posts) {
    const file = post.includes('.') ? post : `${post}.mdx`;
    cpSync(join(cases, file), join(dir, 'statements', file));
  }
  created.push(dir);
  return relative(root, dir).split('\\').join('/');
}

/** Runs `npm run check -- --content-only` on a content folder, as from a shell. */
function runCheck(contentDir: string): Promise<{ code: number; stdout: string }> {
  const vitest = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'];
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.includes(key) && !key.startsWith('VITEST')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', 'check.ts'), '--content-only'], {
      cwd: root,
      env: { ...env, CONTENT_DIR: contentDir, SITE_NOW: TEST_NOW, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

/** Each case: the post, then the words its problem line must hold after `file:line  (text)  `. */
const expected: [string, string][] = [
  ['import', `"import { readFileSync } from 'node:fs'": import and export are code, which posts cannot contain  remove the line`],
  ['export', '"export const secret = process.env.DEPLOY_TOKEN": import and export are code, which posts cannot contain'],
  ['expression', '{process.env.HOME} is code, which posts cannot contain  write the text itself; for a literal brace write \\{ or put it in `backticks`'],
  ['script', '<script> is not allowed in a post  posts cannot run code: describe the thing in text, or ask an engineer for a component'],
  ['style', "<style> is not allowed in a post  the look comes from the site's stylesheet"],
  ['meta-refresh', "<meta> is not allowed in a post  a post cannot redirect readers or change the page's settings: put the address in a link"],
  ['onclick', '<span onclick="…"> runs code when the reader acts, which posts cannot do  remove onclick'],
  [
    'javascript-link',
    'the link "javascript:alert(document.domain)" uses "javascript:", which posts cannot use  link to a web page (https://…), an e-mail address (mailto:…) or a page of the site (/…)',
  ],
  ['iframe', '<iframe> is not allowed in a post  posts cannot embed another site: link to it instead'],
  [
    'remote-img',
    'the image "https://tracker.example/pixel.gif" is loaded from another site (https://tracker.example)  put the file in the repository beside the post',
  ],
  [
    'remote-markdown-image',
    'the image "https://images.example/chart.png" is loaded from another site (https://images.example)  put the file in the repository beside the post',
  ],
  ['data-image', 'the image "data:image/gif;base64,R0lGODlhAQABAAAAACw=" uses "data:", which posts cannot use  put the file in the repository beside the post'],
  [
    'remote-video',
    'the video "https://cdn.example/talk.mp4" is loaded from another site (https://cdn.example)  put the file in the repository beside the post',
  ],
  ['unknown-component', '<Chart> is not a component posts can use  The components are: Callout, CommitmentLink'],
  ['unknown-prop', '<Callout> has no "color" attribute  use "tone" or "title", or remove it'],
  ['spread-attribute', '<Callout {...props}> passes code as attributes  write each attribute as name="value"'],
];

describe('npm run check on posts that break the post language', () => {
  let run: { code: number; stdout: string };
  let dir: string;
  beforeAll(async () => {
    dir = contentWith('check', [
      ...expected.map(([post]) => post),
      'allowed',
      'link-to-draft',
      'link-to-scheduled-report',
      'missing-attachment',
      'plain-markdown.md',
    ]);
    run = await runCheck(dir);
  }, 120_000);

  it('exits non-zero', () => {
    expect(run.code, run.stdout).toBe(1);
  });

  for (const [post, words] of expected) {
    it(post, () => {
      const line = `${dir}/statements/${post}.mdx:10  (text)  ${words}`;
      expect(run.stdout, run.stdout).toContain(line);
      // Line 10 is the line that holds the case.
      expect(readFileSync(join(root, dir, 'statements', `${post}.mdx`), 'utf8').split('\n')[9]).not.toBe('');
    });
  }

  it('refuses raw HTML in a .md post', () => {
    expect(run.stdout).toContain(
      `${dir}/statements/plain-markdown.md:10  (text)  raw HTML ("<meta http-equiv="refresh" content="0; url=https://phish.…") is not allowed in a .md file  write Markdown, or rename the file to .mdx`,
    );
  });

  it('passes the post that uses everything allowed', () => {
    expect(run.stdout).not.toContain('statements/allowed.mdx');
  });

  it('refuses a link from a published post to a draft, naming both files', () => {
    expect(run.stdout).toContain(
      `${dir}/statements/link-to-draft.mdx:10  (text)  links to "/statements/draft-letter/" of ${dir}/statements/draft-letter.mdx, which is a draft (draft: true), so readers would find nothing there  publish ${dir}/statements/draft-letter.mdx first, or remove the link until it is published`,
    );
  });

  it("refuses a link to a scheduled post's attachment, naming both files", () => {
    expect(run.stdout).toContain(
      `${dir}/statements/link-to-scheduled-report.mdx:10  (text)  links to "/audits/scheduled-review/scheduled-review-report.pdf" of ${dir}/audits/scheduled-review.mdx, which is scheduled for 2027-01-20T09:00:00-08:00`,
    );
  });

  it('refuses a link to a missing attachment', () => {
    expect(run.stdout).toContain(
      `${dir}/statements/missing-attachment.mdx:10  (text)  "/audits/appsec/full-report.pdf" is not a file of the site  put the file in the folder beside ${dir}/audits/appsec.mdx (${dir}/audits/appsec/full-report.pdf), or fix the address`,
    );
  });

  it('lets a draft link to another draft and a scheduled post to its own report', () => {
    expect(run.stdout).not.toContain('audits/scheduled-review.mdx:');
    expect(run.stdout).not.toContain('audits/draft-pentest.mdx:');
  });
});

describe('a build with a post that breaks the post language', () => {
  let build: AstroRun;
  let dir: string;
  beforeAll(async () => {
    dir = contentWith('build', ['meta-refresh']);
    build = await runAstro('build', { name: 'post-language-broken-build', contentDir: dir });
  }, 180_000);

  it('fails, naming the file, the line, what is wrong and what to do', () => {
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(
      `${dir}/statements/meta-refresh.mdx:10  (text)  <meta> is not allowed in a post  a post cannot redirect readers or change the page's settings: put the address in a link`,
    );
  });

  it('writes no page with the redirect', () => {
    let html = '';
    try {
      html = readFileSync(join(build.outDir, 'statements', 'meta-refresh', 'index.html'), 'utf8');
    } catch {
      // No page: what the build must do.
    }
    expect(html).not.toContain('http-equiv');
  });
});
