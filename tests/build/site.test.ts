/** Build-output tests of the site itself: pages, publishing rules, post anatomy, links. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileForPath, findBrokenLinks, listFiles, listPages, readPage } from '../../scripts/lib/dist-files';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');

describe('publishing rules (fixture site, now = 2026-11-28)', () => {
  const files = listFiles(fixture);
  const allText = files
    .filter((f) => /\.(html|xml|json|txt|ics|csv)$/.test(f))
    .map((f) => readFileSync(join(fixture, f), 'utf8'))
    .join('\n');

  it('publishes a post whose date has passed', () => {
    expect(fileForPath(fixture, '/statements/apology/')).toBeDefined();
    expect(allText).toContain('zanzibarite');
  });

  it('gives a draft no page and no trace in any output file', () => {
    expect(fileForPath(fixture, '/statements/draft-letter/')).toBeUndefined();
    expect(allText).not.toContain('xylodraftum');
    expect(allText).not.toContain('Secret draft letter');
  });

  it('gives a future-dated post no page and no trace in any output file', () => {
    expect(fileForPath(fixture, '/statements/scheduled-letter/')).toBeUndefined();
    expect(allText).not.toContain('futurollax');
    expect(allText).not.toContain('Scheduled future letter');
  });

  it("ships a published post's attachment, byte for byte, under the post's address, and links it", () => {
    const source = readFileSync(join('tests', 'fixtures', 'site', 'audits', 'appsec', 'fixture-appsec-report.pdf'));
    expect(readFileSync(join(fixture, 'audits', 'appsec', 'fixture-appsec-report.pdf')).equals(source)).toBe(true);
    const audit = readPage(fixture, fileForPath(fixture, '/audits/appsec/')!);
    expect(audit.querySelector('a[href="/audits/appsec/fixture-appsec-report.pdf"]')).not.toBeNull();
  });

  it('ships no file of a draft or a scheduled post: the attachments wait for their post', () => {
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toEqual(['audits/appsec/fixture-appsec-report.pdf']);
    expect(files.some((f) => f.includes('draft-pentest') || f.includes('scheduled-review'))).toBe(false);
    expect(allText).not.toContain('draft-pentest-report.pdf');
    expect(allText).not.toContain('scheduled-review-report.pdf');
  });

  it('lists neither in the sitemap', () => {
    const sitemap = files.filter((f) => f.startsWith('sitemap-') && f !== 'sitemap-index.xml');
    const urls = sitemap.map((f) => readFileSync(join(fixture, f), 'utf8')).join('');
    expect(urls).toContain('/statements/apology/');
    expect(urls).not.toContain('draft-letter');
    expect(urls).not.toContain('scheduled-letter');
  });
});

describe('a post page', () => {
  const page = readPage(fixture, fileForPath(fixture, '/progress/week-2/')!);
  const article = page.querySelector('article')!;

  it('shows its corrections before the body', () => {
    const html = article.innerHTML;
    const correction = html.indexOf('the right number is 34');
    expect(correction).toBeGreaterThan(-1);
    expect(correction).toBeLessThan(html.indexOf('Reports fixed'));
  });

  it('shows published and updated dates as machine-readable times', () => {
    const times = article.querySelectorAll('.meta time').map((t) => t.getAttribute('datetime'));
    expect(times).toContain('2026-09-11T17:00:00.000Z');
    expect(times).toContain('2026-09-14T15:00:00.000Z');
  });

  it('keeps special characters intact and escaped', () => {
    expect(article.querySelector('h1')!.text).toBe('Week 2: bug bounty doubled & defaults done');
    expect(article.querySelector('.lede')!.text).toBe('Ampersands & <angle brackets> & "quotes" survive: naïve café 🚀 日本語 Ελληνικά.');
    expect(article.querySelector('code')!.text).toBe('a < b && c > d');
  });

  it('lists the commitment updates it reports, linked to the tracker', () => {
    const rows = article.querySelectorAll('#status-updates-heading ~ div tbody tr');
    expect(rows.map((r) => r.querySelector('a')!.getAttribute('href'))).toEqual(['/plan/safer-defaults/', '/plan/bug-bounty/']);
    expect(rows[0]!.text).toContain('Done');
  });

  it('links to its neighbours in its kind', () => {
    const nav = page.querySelector('nav.post-nav')!;
    expect(nav.querySelector('a[rel=prev]')!.getAttribute('href')).toBe('/progress/week-1/');
    const first = readPage(fixture, fileForPath(fixture, '/progress/week-1/')!);
    expect(first.querySelector('nav.post-nav a[rel=next]')!.getAttribute('href')).toBe('/progress/week-2/');
  });

  it('renders MDX components', () => {
    const apology = readPage(fixture, fileForPath(fixture, '/statements/apology/')!);
    expect(apology.querySelector('div.callout')!.text).toContain('quokkafied');
    expect(apology.querySelector('article a[href="/plan/e2ee/"]')!.text).toBe('Real end-to-end encryption');
  });

  it('shows a webinar in its own zone and in UTC, with presenters and recording', () => {
    const webinar = readPage(fixture, fileForPath(fixture, '/webinars/week-1-live/')!);
    const facts = webinar.querySelector('.facts')!.text;
    expect(facts).toMatch(/September 3, 2026.*09:00 PDT/);
    expect(facts).toMatch(/16:00 UTC/);
    expect(facts).toContain('Ada Fixture');
    expect(webinar.querySelector('a[href="https://video.fixture.example/webinar-1"]')).not.toBeNull();
  });

  it('shows an audit summary with findings by severity', () => {
    const audit = readPage(fixture, fileForPath(fixture, '/audits/appsec/')!);
    expect(audit.querySelector('.facts')!.text).toContain('2 in all: 1 critical, 0 high, 0 medium, 1 low');
    expect(audit.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});

describe('the demo site', () => {
  const pages = listPages(demo);

  it('has a page for every published post of every kind and its indexes', () => {
    for (const path of [
      '/',
      '/statements/apology/',
      '/progress/week-1/',
      '/progress/week-13/',
      '/progress/',
      '/progress/2/',
      '/webinars/',
      '/routing/',
      '/audits/',
      '/guides/',
      '/tags/',
      '/archive/',
      '/about/',
      '/404.html',
    ]) {
      expect(fileForPath(demo, path), path).toBeDefined();
    }
    expect(pages.length).toBeGreaterThan(60);
  });

  it('says where the plan stands and reaches the apology in one click', () => {
    const home = readPage(demo, 'index.html');
    expect(home.querySelector('.plan-day')!.text).toContain('Day 89 of 90');
    expect(home.querySelector('a[href="/statements/apology/"]')).not.toBeNull();
  });

  it('ships no JavaScript on content pages', () => {
    // The search pages (/search/, and /es/search/, /de/search/ for the other languages) load Pagefind.
    const withScripts = pages.filter((p) => !/^((es|de)\/)?search\//.test(p) && readPage(demo, p).querySelector('script'));
    expect(withScripts).toEqual([]);
  });

  it('has no broken internal link or fragment', () => {
    expect(findBrokenLinks(demo)).toEqual([]);
  });

  it('keeps drafts and scheduled posts out', () => {
    expect(fileForPath(demo, '/statements/closing-letter/')).toBeUndefined();
    expect(fileForPath(demo, '/statements/day-90-report/')).toBeUndefined();
  });
});
