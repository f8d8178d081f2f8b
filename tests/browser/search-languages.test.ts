/**
 * The pages of the other languages in real Chromium (no axe violation, the notice of an
 * untranslated post shown in the reader's language), and search in a second language,
 * over the built demo: Pagefind splits its
 * index by <html lang>, so the Spanish search page finds a Spanish word in the translated
 * posts (and the English one does not), with the interface in Spanish and no console error,
 * CSP violation or request to another origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site';
import { axeFailures } from '../helpers/axe';

const demo = inject('demoDist');
const site = useBrowserSite(demo);

/** A new page that records console errors, page errors, CSP violations and requests to other origins into `problems`. */
async function watchedPage(problems: string[]): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage();
  await page.exposeFunction('__reportCsp', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    if (/^https?:/.test(req.url()) && new URL(req.url()).origin !== site.server.origin) problems.push(`third-party request: ${req.url()}`);
  });
  return page;
}

/** The search status once it speaks of `query` (quoted «» in Spanish, “” in English). */
async function statusFor(page: Page, query: string): Promise<string> {
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(q), query, { timeout: 15_000 });
  return (await page.textContent('#search-status')) ?? '';
}

describe('search in Spanish', () => {
  it('finds a Spanish word of the translated posts from the Spanish home page, in Spanish', async () => {
    const problems: string[] = [];
    const page = await watchedPage(problems);
    await page.goto(`${site.server.url}es/`);
    await page.fill('#site-search', 'desbordamiento');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${site.server.url}es/search/?q=desbordamiento`);
    expect(await statusFor(page, 'desbordamiento')).toBe('2 resultados para «desbordamiento»');
    const links = await page.$$eval('.search-list li h3 a', (as) => as.map((a) => `${a.getAttribute('href')} ${a.textContent}`));
    expect(links.sort()).toEqual([
      '/es/statements/apology/ Rompimos su confianza. Esto es lo que pasó y lo que vamos a hacer',
      '/es/statements/day-60-letter/ Día 60: el control de la ubicación de los datos ya funciona y nuestro trabajo de cifrado ha topado con un problema real',
    ]);
    expect(await page.locator('.search-list li .search-meta').first().textContent()).toMatch(/^Declaración · /);
    expect(problems).toEqual([]);
  });

  it('keeps the languages apart: the English search page does not find the Spanish word', async () => {
    const problems: string[] = [];
    const page = await watchedPage(problems);
    await page.goto(`${site.server.url}search/?q=desbordamiento`);
    expect(await statusFor(page, 'desbordamiento')).toBe('Nothing found for “desbordamiento”.');
    expect(problems).toEqual([]);
  });
});

describe('pages in Spanish and German', () => {
  // The same scan as tests/browser/pages.test.ts, on one page of each new shape.

  it('load cleanly and have no axe violation, with the untranslated notice shown only when the link targets it', async () => {
    const problems: string[] = [];
    const page = await watchedPage(problems);
    const failures: string[] = [];
    for (const path of [
      'es/',
      'es/statements/',
      'es/progress/week-13/',
      'de/statements/apology/',
      'de/search/?q=Entschuldigung',
      'progress/week-12/#not-in-es',
    ]) {
      await page.goto(`${site.server.url}${path}`);
      failures.push(...(await axeFailures(page)).map((failure) => `${path}: ${failure}`));
    }
    expect(failures).toEqual([]);
    expect(await page.isVisible('#not-in-es')).toBe(true);
    expect(await page.isVisible('#not-in-de')).toBe(false);
    await page.goto(`${site.server.url}progress/week-12/`);
    expect(await page.isVisible('#not-in-es')).toBe(false);
    expect(problems).toEqual([]);
  });
});
