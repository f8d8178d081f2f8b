/** RSS, Atom and JSON Feed from one item list (src/lib/feed-rss.ts, feed-atom.ts, feed-json.ts), read back with real parsers. */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/lib/feed-atom';
import type { FeedChannel, FeedItem } from '../../src/lib/feed-item';
import { jsonFeed, renderJsonFeed } from '../../src/lib/feed-json';
import { renderRss } from '../../src/lib/feed-rss';

const channel: FeedChannel = {
  title: 'Brightwell & <Trust>',
  description: 'Updates "quoted"',
  lang: 'en',
  homeUrl: 'https://trust.example/trust/',
  feedUrl: 'https://trust.example/trust/rss.xml',
  fallbackUpdated: new Date('2026-11-28T12:00:00Z'),
};

const special = 'Week 2: bounty & <defaults> "done" 🚀 日本語 Ελληνικά';
const items: FeedItem[] = [
  {
    id: 'https://trust.example/trust/progress/week-2/',
    url: 'https://trust.example/trust/progress/week-2/',
    title: special,
    summary: 'Ampersands & <angle brackets>',
    contentHtml: '<p>Tom &amp; Jerry <a href="https://trust.example/trust/plan/">plan</a></p><pre><code>a &lt; b</code></pre>',
    published: new Date('2026-09-11T17:00:00Z'),
    modified: new Date('2026-09-14T15:00:00Z'),
    categories: ['progress', 'bug-bounty'],
    authors: ['Ben Fixture'],
  },
  {
    id: 'https://trust.example/trust/progress/week-2/#correction-2026-09-14T15:00:00Z',
    url: 'https://trust.example/trust/progress/week-2/',
    title: 'Correction: week 2',
    summary: 'Fixed a number.',
    contentHtml: '<p>Fixed a number.</p>',
    published: new Date('2026-09-04T17:00:00Z'),
    modified: new Date('2026-09-04T17:00:00Z'),
    categories: ['progress'],
    authors: [],
  },
];

describe('RSS 2.0', async () => {
  const xml = await renderRss(channel, items);
  const feed = parseFeed(xml);
  const raw = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: { channel: { item: Record<string, unknown>[]; 'atom:link': Record<string, string>; language: string } };
  };

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('carries the channel title, description, language and self link', () => {
    expect(feed.title).toBe('Brightwell & <Trust>');
    expect(feed.description).toBe('Updates "quoted"');
    expect(feed.language).toBe('en');
    expect(raw.rss.channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_href': channel.feedUrl, '@_type': 'application/rss+xml' });
  });

  it('keeps items in order with guids, links, full content, categories and authors', () => {
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(feed.items[0]!.title).toBe(special);
    expect(feed.items[0]!.url).toBe(items[0]!.url);
    expect(raw.rss.channel.item[0]!['content:encoded']).toBe(items[0]!.contentHtml);
    expect(feed.items[0]!.content).toContain('<a href="https://trust.example/trust/plan/">plan</a>');
    expect(feed.items[0]!.description).toBe('Ampersands & <angle brackets>');
    expect(feed.items[0]!.categories.map((c) => c.term)).toEqual(['progress', 'bug-bounty']);
    expect(feed.items[0]!.authors.map((a) => a.name)).toEqual(['Ben Fixture']);
    expect(feed.items[0]!.published).toEqual(items[0]!.published);
  });

  it('marks a post guid as a permalink and a correction guid as not one', () => {
    const guids = raw.rss.channel.item.map((i) => i.guid as Record<string, string>);
    expect(guids[0]!['@_isPermaLink']).toBe('true');
    expect(guids[1]).toMatchObject({ '#text': items[1]!.id, '@_isPermaLink': 'false' });
  });

  it('gives an edited item its last change in dcterms:modified, and an unchanged one none', () => {
    expect(raw.rss.channel.item[0]!['dcterms:modified']).toBe('2026-09-14T15:00:00.000Z');
    expect(raw.rss.channel.item[1]!['dcterms:modified']).toBeUndefined();
  });
});

describe('Atom 1.0', () => {
  const xml = renderAtom({ ...channel, feedUrl: 'https://trust.example/trust/atom.xml' }, items);
  const feed = parseFeed(xml);
  const raw = new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { entry: { content: { '#text': string; '@_type': string } }[] } };

  it('is well-formed XML and reads as Atom', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe('en');
    expect(feed.self).toBe('https://trust.example/trust/atom.xml');
    expect(feed.title).toBe('Brightwell & <Trust>');
  });

  it('has the same items, ids, content and dates as the RSS feed', () => {
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(feed.items[0]!.title).toBe(special);
    expect(raw.feed.entry[0]!.content).toEqual({ '#text': items[0]!.contentHtml, '@_type': 'html' });
    expect(feed.items[0]!.published).toEqual(items[0]!.published);
    expect(feed.items[0]!.updated).toEqual(items[0]!.modified);
    expect(feed.items[1]!.updated).toEqual(items[1]!.published);
    expect(feed.items[0]!.categories.map((c) => c.term)).toEqual(['progress', 'bug-bounty']);
  });

  it('dates the feed by its newest change', () => {
    expect(feed.updated).toEqual(new Date('2026-09-14T15:00:00Z'));
  });
});

describe('JSON Feed 1.1', () => {
  const text = renderJsonFeed({ ...channel, feedUrl: 'https://trust.example/trust/feed.json' }, items);
  const feed = JSON.parse(text) as ReturnType<typeof jsonFeed>;

  it('has the 1.1 shape', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed).toMatchObject({ title: channel.title, home_page_url: channel.homeUrl, feed_url: 'https://trust.example/trust/feed.json', language: 'en' });
  });

  it('has the same items, with date_modified from the last change', () => {
    expect(feed.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(feed.items[0]).toMatchObject({
      title: special,
      content_html: items[0]!.contentHtml,
      date_published: '2026-09-11T17:00:00.000Z',
      date_modified: '2026-09-14T15:00:00.000Z',
      tags: ['progress', 'bug-bounty'],
      authors: [{ name: 'Ben Fixture' }],
    });
  });
});

describe('an empty feed', () => {
  it('is still valid in every format', async () => {
    expect(XMLValidator.validate(await renderRss(channel, []))).toBe(true);
    expect(parseFeed(await renderRss(channel, [])).items).toEqual([]);
    expect(parseFeed(renderAtom(channel, [])).updated).toEqual(channel.fallbackUpdated);
    expect(JSON.parse(renderJsonFeed(channel, [])).items).toEqual([]);
  });
});

describe('feed-formats limits (mutation testing)', () => {
  it('lists the formats in page order, each with its registered media type', async () => {
    const { FEED_FORMATS, FEED_MEDIA_TYPES } = await import('../../src/lib/feed-formats');
    expect(FEED_FORMATS).toEqual(['rss', 'atom', 'json']);
    expect(FEED_MEDIA_TYPES).toEqual({ rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' });
  });
});
