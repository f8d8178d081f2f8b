/**
 * Static quality gates over the built demo site: valid HTML, no broken internal link or
 * fragment (also under a base path), no resource from another origin, a strict CSP, and
 * the _headers file. Each gate is also run on tests/fixtures/bad-pages to prove it fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/build';
import { findBrokenLinks, listPages, readPage } from '../../scripts/lib/dist-files';
import { findForeignResources, findInlineCode, validateHtml } from '../../scripts/lib/output-gates';

const demo = inject('demoDist');
const demoBase = inject('demoBaseDist');
const bad = join(root, 'tests', 'fixtures', 'bad-pages');
const siteOrigin = 'http://localhost:4321';

describe('valid HTML', () => {
  it('every page of the demo site passes html-validate', async () => {
    expect(await validateHtml(demo)).toEqual([]);
  });
  it('fails on a broken page', async () => {
    const rules = (await validateHtml(bad, ['index.html'])).map((e) => e.rule);
    expect(rules).toContain('wcag/h37'); // img without alt
  });
});

describe('internal links and fragments', () => {
  it('all resolve in the demo site', () => {
    expect(findBrokenLinks(demo)).toEqual([]);
  });
  it('all resolve under the base path /trust/', () => {
    expect(listPages(demoBase).length).toBe(listPages(demo).length);
    expect(findBrokenLinks(demoBase, '/trust/')).toEqual([]);
  });
  it('a link that ignores the base path is caught', () => {
    // The root build's links do not carry /trust/, so checking it as if served there must fail.
    expect(findBrokenLinks(demo, '/trust/').length).toBeGreaterThan(0);
  });
  it('fails on a missing page and a missing anchor', () => {
    expect(findBrokenLinks(bad).map((b) => [b.href, b.reason])).toEqual([
      ['/missing-page/', 'no such file'],
      ['/about/#nowhere', 'no element with id "nowhere"'],
    ]);
  });
});

describe('no third parties', () => {
  it('no page, stylesheet or feed loads a resource from another origin', () => {
    expect(findForeignResources(demo, siteOrigin)).toEqual([]);
  });
  it('fails on an external script', () => {
    expect(findForeignResources(bad, siteOrigin)).toEqual([{ file: 'index.html', url: 'https://cdn.tracker.example/analytics.js' }]);
  });
});

describe('content security policy', () => {
  const pages = listPages(demo);
  const policies = pages.map(
    (file) => [file, readPage(demo, file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? ''] as const,
  );

  it('every page carries a CSP without unsafe-inline or unsafe-eval for scripts', () => {
    for (const [file, policy] of policies) {
      expect(policy, file).toMatch(/default-src 'self'/);
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc, file).not.toBe('');
      expect(scriptSrc, file).not.toContain("'unsafe-inline'");
      expect(scriptSrc, file).not.toMatch(/'unsafe-eval'/);
      expect(policy, file).toMatch(/object-src 'none'/);
    }
  });

  it('no page has inline scripts or styles that the static header policy would block', () => {
    expect(findInlineCode(demo)).toEqual([]);
    expect(findInlineCode(bad)).toEqual([]);
  });
});

describe('public/_headers', () => {
  const headers = readFileSync(join(root, 'public', '_headers'), 'utf8');
  const built = readFileSync(join(demo, '_headers'), 'utf8');

  it('is published as is', () => {
    expect(built).toBe(headers);
  });

  it('sets the security headers for every path', () => {
    const block = headers.split(/\n(?=\S)/).find((b) => b.startsWith('/*'))!;
    const values = Object.fromEntries(
      block
        .split('\n')
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => {
          const [name, ...rest] = l.trim().split(':');
          return [name!.toLowerCase(), rest.join(':').trim()];
        }),
    );
    expect(values['content-security-policy']).toMatch(/default-src 'self'/);
    expect(values['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(values['content-security-policy']).not.toContain('unsafe-inline');
    expect(values['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(values['x-content-type-options']).toBe('nosniff');
    expect(values['permissions-policy']).toMatch(/camera=\(\)/);
    expect(values['strict-transport-security']).toMatch(/max-age=\d{8,}/);
  });
});
