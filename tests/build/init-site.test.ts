/**
 * `npm run init` on a copy of the project in a temporary folder: a new company with its own
 * colours and logo and a 120-day plan in Tokyo. A wrong colour changes nothing; the right
 * settings leave a site with no posts that passes the check and builds, every page, feed and
 * calendar sound. One build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/build';
import { runNode } from '../helpers/run-script';
import { siteSoundnessProblems } from '../helpers/site-soundness';
import { fileForPath, readPage } from '../../scripts/lib/dist-files';
import { readSiteSettings } from '../../src/lib/site-settings';

const fork = realpathSync(mkdtempSync(join(tmpdir(), 'init-fork-')));
afterAll(() => rmSync(fork, { recursive: true, force: true }));

/** Runs `node <args>` in the fork on the pinned Node; resolves with the exit code and everything printed. */
function inFork(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return runNode(args, fork, { ASTRO_TELEMETRY_DISABLED: '1', SITE_NOW: '2027-03-01T00:00:00Z', ...env });
}

const NEW_COMPANY = [
  'scripts/init.ts',
  '--yes',
  '--company',
  'Nordlys Cloud',
  '--start',
  '2027-01-15',
  '--days',
  '120',
  '--time-zone',
  'Asia/Tokyo',
  '--security',
  'mailto:security@nordlys.example',
  '--repository',
  'https://git.example/nordlys/trust',
  '--colour-dark',
  '#8fd9a4',
  '--logo',
  'nordlys.svg',
];
// Progress updates, not their translations (week-13.es.mdx).
const demoPosts = () => readdirSync(join(fork, 'content', 'progress')).filter((f) => f.endsWith('.mdx') && !/\.[a-z]{2}\.mdx$/.test(f)).length;

let refused: { code: number; output: string };
let init: { code: number; output: string };
let check: { code: number; output: string };
let build: { code: number; output: string };
let postsBefore = 0;
let postsAfterRefusal = 0;

beforeAll(async () => {
  // The project as a fork has it: every file git knows (and new ones), with this node_modules.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(fork, file)), { recursive: true });
    cpSync(join(root, file), join(fork, file));
  }
  symlinkSync(join(root, 'node_modules'), join(fork, 'node_modules'));
  writeFileSync(
    join(fork, 'nordlys.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#1d6b36"/></svg>\n',
  );
  postsBefore = demoPosts();
  refused = await inFork([...NEW_COMPANY, '--colour', '#7aa7d8']);
  postsAfterRefusal = demoPosts();
  init = await inFork([...NEW_COMPANY, '--colour', '#1d6b36']);
  check = await inFork(['scripts/check.ts', '--content-only']);
  build = await inFork(['node_modules/astro/bin/astro.mjs', 'build']);
}, 600_000);

describe('npm run init', () => {
  it('refuses a brand colour that is hard to read, with the ratio, and changes nothing', () => {
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      'content/site.yaml:23  brand.colour  links in #7aa7d8 on the light page (#fbfaf7) have a contrast of 2.41:1; WCAG asks at least 4.5:1 for text',
    );
    expect(refused.output).toContain('Nothing was changed.');
    expect(postsBefore).toBe(13);
    expect(postsAfterRefusal).toBe(13);
  });

  it('writes the settings of the new company and keeps one example of each kind outside the content', () => {
    expect(init.code, init.output).toBe(0);
    expect(init.output).toContain('Removed 40 demo posts.');
    const settings = readSiteSettings(join(fork, 'content'), fork);
    expect(settings).toMatchObject({
      company: 'Nordlys Cloud',
      title: 'Nordlys Cloud Trust Center',
      plan: { start: '2027-01-15', days: 120, timeZone: 'Asia/Tokyo' },
      displayTimeZone: 'Asia/Tokyo',
      brand: { colour: '#1d6b36', colourDark: '#8fd9a4', logo: 'public/logo.svg' },
      contacts: { security: 'mailto:security@nordlys.example' },
      repository: { url: 'https://git.example/nordlys/trust', branch: 'main' },
    });
    expect(readFileSync(join(fork, 'public', 'logo.svg'), 'utf8')).toContain('fill="#1d6b36"');
    for (const kind of ['statements', 'progress', 'webinars', 'routing', 'audits', 'guides']) {
      expect(readdirSync(join(fork, 'content', kind)), kind).toEqual(['.gitkeep']);
      expect(
        readdirSync(join(fork, 'examples', kind)).filter((f) => f.endsWith('.mdx')),
        kind,
      ).toHaveLength(1);
    }
    expect(readFileSync(join(fork, 'examples', 'commitments.yaml'), 'utf8')).toContain('- id: e2ee');
    expect(readFileSync(join(fork, 'content', 'commitments.yaml'), 'utf8')).toMatch(/^\[\]$/m);
  });

  it('leaves a site that passes the check', () => {
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('0 posts and the data files are valid');
  });

  it('leaves a site that builds with its own name, plan, colour and logo, every page, feed and calendar sound', async () => {
    expect(build.code, build.output).toBe(0);
    const dist = join(fork, 'dist');
    expect(await siteSoundnessProblems(dist)).toEqual([]);
    const page = (path: string) => readPage(dist, fileForPath(dist, path)!);
    const home = page('/');
    const text = (selector: string) => (home.querySelector(selector)?.text ?? '').replace(/\s+/g, ' ').trim();
    expect(text('.plan-day strong')).toBe('Day 46 of 120');
    expect(text('[data-plan-phase]')).toBe('74 days left: the plan ends on May 14, 2027.');
    expect(text('.kicker')).toBe('Nordlys Cloud');
    expect(text('#latest-heading + [data-empty]')).toBe('Nothing has been published here yet.');
    expect(home.querySelector('link[rel="icon"]')!.getAttribute('href')).toBe('/logo.svg');
    expect(page('/plan/').querySelector('h1')!.text).toBe('The 120-day plan');
    const css = readdirSync(join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toContain('--accent:#1d6b36;--accent-text:#fff');
    expect(css).toContain('--accent:#8fd9a4;--accent-text:#0d1b2a');
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('<title>Nordlys Cloud Trust Center</title>');
    expect(readFileSync(join(dist, '.well-known', 'security.txt'), 'utf8')).toContain('Contact: mailto:security@nordlys.example');
  });
});
