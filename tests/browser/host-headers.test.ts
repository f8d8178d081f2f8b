/**
 * The security headers as a host applies them: the built fixture site served by Cloudflare's
 * own runtime (`wrangler pages dev`, offline), which reads dist/_headers as Cloudflare Pages
 * does. Every response carries the CSP, HSTS and Permissions-Policy headers, and Chromium
 * loads pages and runs a search under both policies (the header and each page's <meta>)
 * without a CSP violation, a console error or a request to another origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { startWrangler, type WranglerServer } from '../helpers/wrangler';

const fixture = inject('fixtureDist');

const HSTS = 'max-age=63072000; includeSubDomains; preload';
const PERMISSIONS = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';
/** The CSP line of the built _headers file: what the host must send. */
const CSP = /^\s+Content-Security-Policy: (.+)$/m.exec(readFileSync(join(fixture, '_headers'), 'utf8'))![1]!;

/** Asserts the security headers of one response (header names are lower case). */
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers['content-security-policy'], what).toBe(CSP);
  expect(headers['strict-transport-security'], what).toBe(HSTS);
  expect(headers['permissions-policy'], what).toBe(PERMISSIONS);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

let server: WranglerServer;
let browser: Browser;

beforeAll(async () => {
  const started = performance.now();
  server = await startWrangler(fixture);
  console.log(`wrangler pages dev answered after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page that records problems (console errors, page errors, CSP violations, other origins) and every response from the site. */
async function watchedPage(): Promise<{
  page: Page;
  problems: string[];
  responses: { url: string; status: number; headers: Record<string, string> }[];
  close: () => Promise<void>;
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const responses: { url: string; status: number; headers: Record<string, string> }[] = [];
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
    if (/^https?:/.test(req.url()) && new URL(req.url()).origin !== server.origin) problems.push(`other origin: ${req.url()}`);
  });
  page.on('response', async (res) => {
    if (new URL(res.url()).origin === server.origin) responses.push({ url: res.url(), status: res.status(), headers: await res.allHeaders() });
  });
  return { page, problems, responses, close: () => context.close() };
}

describe('wrangler pages dev with the built _headers', () => {
  it('is Cloudflare’s runtime, reading the _headers rules', () => {
    expect(server.output()).toMatch(/wrangler 4\.86\.0/);
    expect(server.output()).toMatch(/Parsed \d+ valid header rules?/);
  });

  it('sends the security headers with every kind of file, and the 404 page', async () => {
    for (const path of [
      '/',
      '/plan/',
      '/progress/week-2/',
      '/rss.xml',
      '/feed.json',
      '/data/findings.csv',
      '/webinars.ics',
      '/favicon.svg',
      '/no-such-page/',
    ]) {
      const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      expectSecurityHeaders(Object.fromEntries(response.headers), path);
    }
  });

  it('loads pages in Chromium under the header and meta policies, with no violation or error', async () => {
    const { page, problems, responses, close } = await watchedPage();
    for (const path of ['/', '/plan/', '/progress/week-2/', '/webinars/week-1-live/', '/data-routing/', '/data/', '/audits/appsec/']) {
      const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      expect(response!.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBe(1);
      // The page's own <meta> policy applies as well as the header.
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
    }
    await close();
    expect(problems).toEqual([]);
    expect(responses.length).toBeGreaterThan(7);
    for (const r of responses) expectSecurityHeaders(r.headers, r.url);
    const stylesheet = responses.find((r) => /\/_astro\/.+\.css$/.test(r.url))!;
    expect(stylesheet.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("runs a search (Pagefind's script and WebAssembly) under the policies", async () => {
    const { page, problems, responses, close } = await watchedPage();
    await page.goto(`${server.origin}/`);
    await page.fill('#site-search', 'marmalunk');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(`${server.origin}/search/?q=marmalunk`);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“marmalunk”'), undefined, { timeout: 20_000 });
    expect(await page.textContent('#search-status')).toBe('1 result for “marmalunk”');
    expect(await page.$$eval('.search-list li h3 a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(['/webinars/week-1-live/']);
    await close();
    expect(problems).toEqual([]);
    const pagefind = responses.filter((r) => r.url.includes('/pagefind/'));
    expect(pagefind.some((r) => r.url.endsWith('.wasm') || r.url.includes('wasm'))).toBe(true);
    for (const r of responses) expectSecurityHeaders(r.headers, r.url);
    for (const r of pagefind) expect(r.headers['cache-control'], r.url).toBe('public, max-age=3600');
  });
});
