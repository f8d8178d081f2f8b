/**
 * The axe-core accessibility scan of an open page, as the browser tests run it: WCAG 2.2 A/AA
 * and best practices, violations only. It runs axe-core's own `axe.run` in the page, once.
 * @axe-core/playwright's AxeBuilder gives the same violations on a page without frames, but
 * opens a blank page per scan to merge the frames' results and injects axe-core's 500 KB
 * source twice: measured here, a scan took about three times as long (8.6 s against 2.6 s on
 * a loaded machine), and the browser tests scan 150 pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { root } from './build';

/** The rule sets every scan runs. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's browser build, as a script to evaluate in a page. */
export const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * axe's violations on the open page. Fails when the page has a frame: axe.run would test a
 * frame only if axe-core were injected into it too, so a frame must not pass unscanned.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  const frames = page.frames().length;
  if (frames !== 1) throw new Error(`${page.url()} has ${frames - 1} frame(s): tests/helpers/axe.ts scans the top document only`);
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return results.violations;
}

/** The violations on the open page as one line each: rule, impact and up to three of the elements. */
export async function axeFailures(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map(
    (v) =>
      `axe ${v.id} (${v.impact}) on ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
