/**
 * "What you should do" in the built output: shown first on the post, in the post's item of
 * every feed format, and on /actions/ (current ones newest first, expired ones apart); the
 * actions of drafts and scheduled posts reach no output.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from '../../scripts/lib/dist-files';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');
const apologyUrl = 'http://localhost:4321/statements/apology/';

/** The text of a built file. */
function read(dist: string, path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

describe('actions on the post page', () => {
  it('come first in the article content, grouped by audience in the fixed order', () => {
    const page = readPage(fixture, 'statements/apology/index.html');
    const section = page.querySelector('article section#what-you-should-do');
    expect(section?.querySelector('h2')?.text).toBe('What you should do');
    expect(section?.querySelectorAll('h3').map((h) => h.text)).toEqual(['Everyone', 'Account admins']);
    expect(section?.text).toContain('fixture action wombatize');
    expect(section?.text).toContain('No longer needed since October 1, 2026.');
    const html = page.querySelector('article')!.innerHTML;
    expect(html.indexOf('what-you-should-do')).toBeLessThan(html.indexOf('zanzibarite'));
  });
  it('are absent from a post without actions', () => {
    expect(readPage(fixture, 'progress/week-1/index.html').querySelector('#what-you-should-do')).toBeNull();
  });
});

describe('actions in the feed item', () => {
  for (const path of ['rss.xml', 'atom.xml', 'statements/rss.xml']) {
    it(`are in the apology's item of ${path}`, () => {
      const feed = parseFeed(read(fixture, path));
      const item = feed.items.find((i) => i.url === apologyUrl);
      expect(item?.content).toContain('What you should do');
      expect(item?.content).toContain('fixture action wombatize');
      expect(item!.content!.indexOf('What you should do')).toBeLessThan(item!.content!.indexOf('zanzibarite'));
    });
  }
  it("are in the apology's item of feed.json", () => {
    const feed = JSON.parse(read(fixture, 'feed.json')) as { items: { url: string; content_html: string }[] };
    const item = feed.items.find((i) => i.url === apologyUrl);
    expect(item?.content_html).toContain('<h2>What you should do</h2>');
    expect(item?.content_html).toContain('fixture action wombatize');
  });
});

describe('the actions page', () => {
  it('lists current actions and, apart, those whose date has passed, each linked to its post', () => {
    const page = readPage(fixture, 'actions/index.html');
    const current = page.querySelector('[data-actions="current"]');
    const past = page.querySelector('[data-actions="past"]');
    expect(current?.querySelectorAll('li').map((li) => li.getAttribute('data-post'))).toEqual(['/statements/apology/']);
    expect(current?.text).toContain('fixture action wombatize');
    expect(current?.querySelector('a')?.getAttribute('href')).toBe('/statements/apology/');
    expect(past?.text).toContain('quenched by its date');
    expect(past?.text).not.toContain('wombatize');
  });
  it('lists the demo actions newest post first', () => {
    const items = readPage(demo, 'actions/index.html').querySelectorAll('[data-actions="current"] li');
    expect(items.map((li) => li.getAttribute('data-post'))).toEqual([
      '/progress/week-13/',
      '/progress/week-9/',
      '/progress/week-7/',
      '/statements/apology/',
      '/statements/apology/',
    ]);
    const past = readPage(demo, 'actions/index.html').querySelectorAll('[data-actions="past"] li');
    expect(past.map((li) => li.getAttribute('data-post'))).toEqual(['/progress/week-2/', '/statements/apology/']);
  });
  it('never shows the actions of a draft or a scheduled post, in any file', () => {
    for (const file of listFiles(fixture)) {
      if (!/\.(html|xml|json|txt)$/.test(file)) continue;
      const text = readFileSync(join(fixture, file), 'utf8');
      expect(text, file).not.toContain('xylodraft');
      expect(text, file).not.toContain('xyloscheduled');
    }
  });
});
