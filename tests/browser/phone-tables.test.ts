/**
 * Tables on a 375 px phone screen, in real Chromium: on every page of the demo sitemap that
 * shows a table, no cell whose text wraps is narrower than READABLE_PX (120 CSS px, about 15
 * characters of the site's table text, so a note never reads one word per line), and no page
 * scrolls sideways as a whole. Screenshots of the pages with the main tables go to
 * test-results/phones/ for people to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site';
import { root } from '../helpers/build';

const demo = inject('demoDist');
const PHONE = { width: 375, height: 812 };
/** The narrowest a table cell whose text wraps may be, in CSS pixels. */
const READABLE_PX = 120;
const shots = join(root, 'test-results', 'phones');

let page: Page;

const site = useBrowserSite(demo);
beforeAll(async () => {
  page = await (await site.browser.newContext({ viewport: PHONE })).newPage();
});

/** Site paths in the sitemap whose page has a table. */
function pagesWithTables(): string[] {
  const index = readFileSync(join(demo, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps
    .flatMap((map) => [...readFileSync(join(demo, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname))
    .filter((path) => readFileSync(join(demo, path, 'index.html'), 'utf8').includes('<table'));
}

/** Every table cell of the open page whose text wraps onto more than one line and is narrower than `min`, and the page's width. */
async function squeezedCells(min: number) {
  return page.evaluate((minWidth) => {
    const cells = [...document.querySelectorAll('main td, main th')].flatMap((cell) => {
      const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) return [];
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      const width = Math.round(cell.getBoundingClientRect().width);
      return lines > 1 && width < minWidth ? [`${width}px, ${lines} lines: "${text.slice(0, 40)}"`] : [];
    });
    return { cells, pageWidth: document.documentElement.scrollWidth };
  }, min);
}

describe('tables at 375 px', () => {
  const paths = pagesWithTables();

  it('finds the pages with tables (tracker, regions, posts with status updates and findings)', () => {
    expect(paths).toEqual(
      expect.arrayContaining(['/plan/', '/data-routing/', '/progress/week-13/', '/audits/2026-11-appsec-audit/', '/routing/2026-10-20-region-controls/']),
    );
  });

  it(`leave no wrapping cell narrower than ${READABLE_PX} px and no page wider than the screen`, async () => {
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      const { cells, pageWidth } = await squeezedCells(READABLE_PX);
      problems.push(...cells.map((cell) => `${path}: ${cell}`));
      if (pageWidth > PHONE.width) problems.push(`${path}: the page is ${pageWidth}px wide`);
    }
    expect(problems).toEqual([]);
  });

  it('shows status updates as cards, each value under its column name', async () => {
    await page.goto(`${site.server.origin}/progress/week-13/`, { waitUntil: 'load' });
    const card = await page.evaluate(() => {
      const row = document.querySelector('main table.cards tbody tr')!;
      const note = row.querySelector('td[data-label="Note"]')!;
      return {
        display: getComputedStyle(row).display,
        label: getComputedStyle(note, '::before').content,
        rowWidth: Math.round(row.getBoundingClientRect().width),
      };
    });
    expect(card.display).toBe('block');
    expect(card.label).toBe('"Note"');
    expect(card.rowWidth).toBeGreaterThan(300);
  });

  it('fails the check on the old layout (cards and fixed columns switched off)', async () => {
    // A second page that may add a style (the site's CSP forbids it, rightly) and undo the phone rules.
    const context = await site.browser.newContext({ viewport: PHONE, bypassCSP: true });
    const old = await context.newPage();
    await old.goto(`${site.server.origin}/progress/week-13/`, { waitUntil: 'load' });
    await old.evaluate(() => document.querySelectorAll('table.cards').forEach((table) => table.classList.remove('cards')));
    await old.addStyleTag({ content: 'main table, main td, main th { display: revert !important; min-width: 0 !important; position: static !important; }' });
    const current = page;
    page = old;
    try {
      const { cells } = await squeezedCells(READABLE_PX);
      expect(cells.some((cell) => cell.includes('lines'))).toBe(true);
    } finally {
      page = current;
      await context.close();
    }
  });

  it('saves screenshots of the tables at 375 px', async () => {
    mkdirSync(shots, { recursive: true });
    const pages = {
      'progress-week-13': '/progress/week-13/',
      'audit-findings': '/audits/2026-11-appsec-audit/',
      'routing-changes': '/routing/2026-10-20-region-controls/',
      'plan-tracker': '/plan/',
      'data-routing-regions': '/data-routing/',
      'apology-actions': '/statements/apology/',
    };
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      await page.screenshot({ path: join(shots, `${name}-375.png`), fullPage: true });
    }
    expect(readFileSync(join(shots, 'plan-tracker-375.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
