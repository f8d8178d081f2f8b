/** `npm run check` stops on a wrong content/site.yaml with the file, line, field, value and fix, before any post is read. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/build';
import { runProjectScript } from '../helpers/run-script';

const content = mkdtempSync(join(tmpdir(), 'settings-check-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('npm run check and site.yaml', () => {
  it('names each wrong setting with its line and fix, and the measured contrast of a pale brand colour', async () => {
    cpSync(join(root, 'tests', 'fixtures', 'minimal-site'), content, { recursive: true });
    const file = join(content, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('colourDark: "#8cc4ff"', 'colourDark: "#3b4a8a"').replace('pageSize: 10', 'pageSize: 0'));
    const run = await runProjectScript('check.ts', ['--content-only'], { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    const lines = run.output
      .trim()
      .split('\n')
      .map((line) => line.replace(content, '<content>'));
    expect(lines).toEqual([
      '<content>/site.yaml:24  brand.colourDark  links in #3b4a8a on the dark page (#1d2024) have a contrast of 1.97:1; WCAG asks at least 4.5:1 for text  choose a lighter shade until the contrast is at least 4.5:1 (a contrast checker shows the ratio as you try)',
      '<content>/site.yaml:29  pageSize  0 must be at least 1  pageSize is posts per page on lists (1 to 100); for example pageSize: 10',
      '',
      '✗ 2 problems in the site settings. Fix them, then run npm run check again.',
    ]);
  });
});
