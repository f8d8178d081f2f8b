/**
 * The one module that builds the site's paths and URLs (src/lib/routes.ts), at the root and
 * under a base path, with literal expected values.
 */
import { describe, expect, it } from 'vitest';
import { routes, siteLinks } from '../../src/lib/routes';

describe('routes', () => {
  it('names every page and file by its site path', () => {
    expect([routes.home, routes.plan, routes.planCalendar, routes.webinarsCalendar]).toEqual(['/', '/plan/', '/plan.ics', '/webinars.ics']);
    expect(routes.commitment('e2ee')).toBe('/plan/e2ee/');
    expect(routes.commitmentFeed('e2ee')).toBe('/plan/e2ee/rss.xml');
    expect(routes.kind('progress')).toBe('/progress/');
    expect(routes.kindFeed('progress')).toBe('/progress/rss.xml');
    expect(routes.post('progress', 'week-1')).toBe('/progress/week-1/');
    expect(routes.attachment('audits', 'appsec', 'report.pdf')).toBe('/audits/appsec/report.pdf');
    expect(routes.webinarCalendar('week-1-live')).toBe('/webinars/week-1-live.ics');
    expect(routes.siteFeed).toEqual({ rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' });
    expect([routes.tags, routes.tag('bug-bounty'), routes.archive, routes.search]).toEqual(['/tags/', '/tags/bug-bounty/', '/archive/', '/search/']);
    expect([routes.data, routes.dataFile('commitments.csv')]).toEqual(['/data/', '/data/commitments.csv']);
    expect([routes.changes, routes.changesFeed, routes.changePage('progress', 'week-1'), routes.changePage('data', 'commitments')]).toEqual([
      '/changes/',
      '/changes/rss.xml',
      '/changes/progress/week-1/',
      '/changes/data/commitments/',
    ]);
    expect(routes.translationChangePage('statements', 'apology', 'es')).toBe('/changes/statements/apology.es/');
    expect([routes.corrections, routes.correctionsFeed, routes.dataRouting, routes.advisoryBoard]).toEqual([
      '/corrections/',
      '/corrections/rss.xml',
      '/data-routing/',
      '/advisory-board/',
    ]);
    expect([routes.about, routes.security, routes.subscribe, routes.verify]).toEqual(['/about/', '/security/', '/subscribe/', '/verify/']);
    expect([routes.securityTxt, routes.rootFile('manifest.json')]).toEqual(['/.well-known/security.txt', '/manifest.json']);
  });
});

describe('siteLinks at the root', () => {
  const links = siteLinks('/', 'https://trust.example');

  it('links and absolute URLs', () => {
    expect(links.base).toBe('/');
    expect(links.href('/plan/e2ee/')).toBe('/plan/e2ee/');
    expect(links.href('/')).toBe('/');
    expect(links.href('')).toBe('/');
    expect(links.siteUrl('/webinars/week-1-live.ics')).toBe('https://trust.example/webinars/week-1-live.ics');
    expect(links.siteUrl('/progress/week-1/#question-2')).toBe('https://trust.example/progress/week-1/#question-2');
  });

  it('leaves every URL an author writes as it is', () => {
    expect(links.authorHref('/plan/')).toBe('/plan/');
    expect(links.authorHref('week-2/')).toBe('week-2/');
  });
});

describe('siteLinks under /trust/', () => {
  const links = siteLinks('/trust/', 'https://x.example/');

  it('puts the base path in front of every site path, with one slash', () => {
    expect(links.base).toBe('/trust/');
    expect(links.href('/plan/e2ee/')).toBe('/trust/plan/e2ee/');
    expect(links.href('/')).toBe('/trust/');
    expect(links.href('//plan/')).toBe('/trust/plan/');
    expect(links.href('plan/')).toBe('/trust/plan/');
    expect(links.siteUrl('/rss.xml')).toBe('https://x.example/trust/rss.xml');
    expect(links.siteUrl('/')).toBe('https://x.example/trust/');
  });

  it('accepts the base and the site URL with or without their slashes', () => {
    expect(siteLinks('/trust', 'https://x.example//').siteUrl('rss.xml')).toBe('https://x.example/trust/rss.xml');
    expect(siteLinks('trust', 'https://x.example').href('/plan/')).toBe('/trust/plan/');
    expect(siteLinks('', 'https://x.example').href('/plan/')).toBe('/plan/');
  });

  it('prefixes the root-relative URLs an author writes once, and only those', () => {
    expect(links.authorHref('/plan/')).toBe('/trust/plan/');
    expect(links.authorHref('/trust/plan/')).toBe('/trust/plan/');
    expect(links.authorHref('/trust')).toBe('/trust');
    expect(links.authorHref('/trusted/')).toBe('/trust/trusted/');
    expect(links.authorHref('/')).toBe('/trust/');
    expect(links.authorHref('https://x.example/')).toBe('https://x.example/');
    expect(links.authorHref('//cdn.example/a.js')).toBe('//cdn.example/a.js');
    expect(links.authorHref('#top')).toBe('#top');
    expect(links.authorHref('week-2/')).toBe('week-2/');
  });
});
