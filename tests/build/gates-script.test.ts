/**
 * `npm run gates -- <dir>` (scripts/gates.ts), which the deploy workflow runs before it
 * publishes: the same gates as tests/build/quality-gates.test.ts, passing on a good build
 * (the fixture site, root and under a base path) and naming each failure on a bad one.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/build';
import { runProjectScript } from '../helpers/run-script';

const fixture = inject('fixtureDist');
const demoBase = inject('demoBaseDist');

/** Runs the gates script on a folder with SITE_URL and BASE_PATH as given. */
function gates(dir: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return runProjectScript('gates.ts', [dir], env);
}

describe('npm run gates', () => {
  it('passes a good build', async () => {
    const run = await gates(fixture);
    expect(run.output).toMatch(
      /^✓ 9\d pages in .*: valid HTML, internal links resolve, nothing from another origin, no inline code \(served at http:\/\/localhost:4321\/;/m,
    );
    expect(run.code).toBe(0);
  });

  it('passes a build under a base path, served there', async () => {
    const run = await gates(demoBase, { SITE_URL: 'http://localhost:4321', BASE_PATH: '/trust/' });
    expect(run.output).toContain('served at http://localhost:4321/trust/');
    expect(run.code).toBe(0);
  });

  it('fails a root build checked as if served under /trust/', async () => {
    const run = await gates(fixture, { BASE_PATH: '/trust/' });
    expect(run.code).toBe(1);
    expect(run.output).toContain('internal links  about/index.html  /data-routing/: outside the base path /trust/\n');
  });

  it('names every failure of a bad build and exits with 1', async () => {
    const run = await gates(join(root, 'tests', 'fixtures', 'bad-pages'));
    expect(run.code).toBe(1);
    expect(run.output.split('\n').filter((l) => /^\S.* {2}/.test(l))).toEqual([
      'valid HTML  about/index.html:1:1  doctype-style: DOCTYPE should be uppercase',
      'valid HTML  index.html:1:1  doctype-style: DOCTYPE should be uppercase',
      'valid HTML  index.html:12:8  wcag/h37: <img> is missing required "alt" attribute',
      'internal links  index.html  /missing-page/: no such file',
      'internal links  index.html  /about/#nowhere: no element with id "nowhere"',
      'no third parties  index.html  loads https://cdn.tracker.example/analytics.js from another origin',
    ]);
    expect(run.output).toContain('✗ 6 gate failures in');
  });

  it('refuses a folder that is not a build, and a bad SITE_URL', async () => {
    const missing = await gates(join(root, '.tmp', 'no-such-build'));
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/no-such-build: not a build folder \(no HTML page in it\)\. Run npm run build first\./);
    const bad = await gates(fixture, { SITE_URL: 'example.com' });
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('SITE_URL is "example.com", which has no scheme (https://).');
  });
});
