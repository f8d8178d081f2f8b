/**
 * The feeds (src/lib/feed-rss.ts, feed-atom.ts, feed-json.ts) as exact text and whole records,
 * with every XML special character (& < > " ') in the title, authors, GUID, categories and
 * feed URL, and a character XML forbids.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/lib/feed-atom';
import type { FeedChannel, FeedItem } from '../../src/lib/feed-item';
import { jsonFeed, renderJsonFeed } from '../../src/lib/feed-json';
import { plainTextAsHtml, renderRss, rssOptions } from '../../src/lib/feed-rss';

const channel: FeedChannel = {
  title: 'T & <C> "q" \'a\'\u0001',
  description: 'D & <d>\u0002',
  lang: 'en',
  homeUrl: 'https://t.example/',
  feedUrl: 'https://t.example/rss.xml?a=1&b=<2>',
  fallbackUpdated: new Date('2026-11-28T12:00:00Z'),
};

/** An edited item whose id is not its URL, with special characters everywhere. */
const special: FeedItem = {
  id: 'https://t.example/p/?x=1&y=<2>#"c"\'d\'',
  url: 'https://t.example/p/',
  title: 'Ti & <t> "q" \'a\'\u0003',
  summary: 'S & <s>\u0004',
  contentHtml: '<p>a &amp; b</p>',
  published: new Date('2026-09-01T00:00:00Z'),
  modified: new Date('2026-09-02T00:00:00Z'),
  categories: ['k&<', 'b'],
  authors: ['Tom & <Jerry> "J" \'K\'', 'Ada\u0001'],
};

/** An unedited item whose id is its URL, without authors. */
const plain: FeedItem = {
  id: 'https://t.example/q/',
  url: 'https://t.example/q/',
  title: 'Plain',
  summary: 'Plain summary',
  contentHtml: '<p>plain</p>',
  published: new Date('2026-08-01T00:00:00Z'),
  modified: new Date('2026-08-01T00:00:00Z'),
  categories: [],
  authors: [],
};

// Each test renders its own document, not a hook or the describe body: mutation testing
// (coverage per test) only counts code run inside a test as covered by that test.
describe('RSS 2.0, exact text', () => {
  let xml = '';
  beforeEach(async () => {
    xml = await renderRss(channel, [special, plain]);
  });

  it('is well-formed', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('declares the namespaces it uses', () => {
    expect(xml).toContain(
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">',
    );
  });

  // Readers decode the XML and then take <description> as HTML: the summary is escaped once
  // more so that a reader shows it as the plain text it is (& < > in the text stay text).
  it('escapes the channel, its self link, and drops characters XML forbids; the description twice', () => {
    expect(xml).toContain(
      '<channel><title>T &amp; &lt;C&gt; &quot;q&quot; &apos;a&apos;</title><description>D &amp;amp; &amp;lt;d&amp;gt;</description><link>https://t.example/</link>' +
        '<language>en</language><lastBuildDate>Wed, 02 Sep 2026 00:00:00 GMT</lastBuildDate>' +
        '<atom:link href="https://t.example/rss.xml?a=1&amp;b=&lt;2&gt;" rel="self" type="application/rss+xml"/>',
    );
  });

  it('escapes & < > " \' in the GUID and in each author, the summary twice, and drops forbidden characters', () => {
    expect(xml).toContain(
      '<item><title>Ti &amp; &lt;t&gt; &quot;q&quot; &apos;a&apos;</title><link>https://t.example/p/</link>' +
        '<guid isPermaLink="false">https://t.example/p/?x=1&amp;y=&lt;2&gt;#&quot;c&quot;&apos;d&apos;</guid>' +
        '<description>S &amp;amp; &amp;lt;s&amp;gt;</description><pubDate>Tue, 01 Sep 2026 00:00:00 GMT</pubDate>' +
        '<content:encoded>&lt;p&gt;a &amp;amp; b&lt;/p&gt;</content:encoded>' +
        '<dc:creator>Tom &amp; &lt;Jerry&gt; &quot;J&quot; &apos;K&apos;</dc:creator><dc:creator>Ada</dc:creator>' +
        '<dcterms:modified>2026-09-02T00:00:00.000Z</dcterms:modified>' +
        '<category>k&amp;&lt;</category><category>b</category></item>',
    );
  });

  it('gives an item whose id is its URL a permalink GUID, no creator and no modified date', () => {
    expect(xml).toContain(
      '<item><title>Plain</title><link>https://t.example/q/</link><guid isPermaLink="true">https://t.example/q/</guid>' +
        '<description>Plain summary</description><pubDate>Sat, 01 Aug 2026 00:00:00 GMT</pubDate>' +
        '<content:encoded>&lt;p&gt;plain&lt;/p&gt;</content:encoded></item>',
    );
  });

  it('reads back to the original values with a feed parser', () => {
    const feed = parseFeed(xml);
    expect(feed.title).toBe('T & <C> "q" \'a\'');
    expect(feed.self).toBe('https://t.example/rss.xml?a=1&b=<2>');
    expect(feed.items.map((i) => i.id)).toEqual(['https://t.example/p/?x=1&y=<2>#"c"\'d\'', 'https://t.example/q/']);
    expect(feed.items[0]!.authors.map((a) => a.name)).toEqual(['Tom & <Jerry> "J" \'K\'', 'Ada']);
    expect(feed.items[0]!.categories.map((c) => c.term)).toEqual(['k&<', 'b']);
  });

  it('reads the descriptions back as the plain text written, not as markup', () => {
    const feed = parseFeed(xml);
    expect(feed.description).toBe('D & <d>');
    expect(feed.items.map((i) => i.description)).toEqual(['S & <s>', 'Plain summary']);
  });

  it('writes plain text as HTML showing that text: & < > " \' and CR as references, forbidden characters dropped', () => {
    expect(plainTextAsHtml('a\'b\rc&<>"d\u0001\ne')).toBe('a&#39;b&#13;c&amp;&lt;&gt;&quot;d\ne');
    expect(plainTextAsHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('hands @astrojs/rss plain values and the custom XML', () => {
    const options = rssOptions(channel, [plain]);
    expect(options).toEqual({
      title: 'T & <C> "q" \'a\'',
      description: 'D &amp; &lt;d&gt;',
      site: 'https://t.example/',
      trailingSlash: true,
      xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/' },
      customData:
        '<language>en</language><lastBuildDate>Sat, 01 Aug 2026 00:00:00 GMT</lastBuildDate>' +
        '<atom:link href="https://t.example/rss.xml?a=1&amp;b=&lt;2&gt;" rel="self" type="application/rss+xml"/>',
      items: [
        {
          title: 'Plain',
          link: 'https://t.example/q/',
          pubDate: new Date('2026-08-01T00:00:00Z'),
          description: 'Plain summary',
          content: '<p>plain</p>',
          categories: [],
          customData: '',
        },
      ],
    });
  });

  it('dates an empty feed by the channel fallback', async () => {
    expect(await renderRss(channel, [])).toContain('<lastBuildDate>Sat, 28 Nov 2026 12:00:00 GMT</lastBuildDate>');
  });
});

describe('Atom 1.0, exact text', () => {
  let xml = '';
  beforeEach(() => {
    xml = renderAtom(channel, [special, plain]);
  });

  it('is the whole expected document', () => {
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        '  <id>https://t.example/rss.xml?a=1&amp;b=&lt;2&gt;</id>',
        '  <title type="text">T &amp; &lt;C&gt; &quot;q&quot; &apos;a&apos;</title>',
        '  <subtitle type="text">D &amp; &lt;d&gt;</subtitle>',
        '  <updated>2026-09-02T00:00:00.000Z</updated>',
        '  <link rel="self" type="application/atom+xml" href="https://t.example/rss.xml?a=1&amp;b=&lt;2&gt;"/>',
        '  <link rel="alternate" type="text/html" href="https://t.example/"/>',
        '  <author>',
        '    <name>T &amp; &lt;C&gt; &quot;q&quot; &apos;a&apos;</name>',
        '  </author>',
        '  <entry>',
        '    <id>https://t.example/p/?x=1&amp;y=&lt;2&gt;#&quot;c&quot;&apos;d&apos;</id>',
        '    <title type="text">Ti &amp; &lt;t&gt; &quot;q&quot; &apos;a&apos;</title>',
        '    <link rel="alternate" type="text/html" href="https://t.example/p/"/>',
        '    <published>2026-09-01T00:00:00.000Z</published>',
        '    <updated>2026-09-02T00:00:00.000Z</updated>',
        '    <author>',
        '      <name>Tom &amp; &lt;Jerry&gt; &quot;J&quot; &apos;K&apos;</name>',
        '    </author>',
        '    <author>',
        '      <name>Ada</name>',
        '    </author>',
        '    <category term="k&amp;&lt;"/>',
        '    <category term="b"/>',
        '    <summary type="text">S &amp; &lt;s&gt;</summary>',
        '    <content type="html">&lt;p&gt;a &amp;amp; b&lt;/p&gt;</content>',
        '  </entry>',
        '  <entry>',
        '    <id>https://t.example/q/</id>',
        '    <title type="text">Plain</title>',
        '    <link rel="alternate" type="text/html" href="https://t.example/q/"/>',
        '    <published>2026-08-01T00:00:00.000Z</published>',
        '    <updated>2026-08-01T00:00:00.000Z</updated>',
        '    <summary type="text">Plain summary</summary>',
        '    <content type="html">&lt;p&gt;plain&lt;/p&gt;</content>',
        '  </entry>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });
});

describe('JSON Feed 1.1, whole document', () => {
  it('holds every field of the channel and of each item', () => {
    expect(jsonFeed(channel, [special])).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T & <C> "q" \'a\'\u0001',
      home_page_url: 'https://t.example/',
      feed_url: 'https://t.example/rss.xml?a=1&b=<2>',
      description: 'D & <d>\u0002',
      language: 'en',
      authors: [{ name: 'T & <C> "q" \'a\'\u0001' }],
      items: [
        {
          id: 'https://t.example/p/?x=1&y=<2>#"c"\'d\'',
          url: 'https://t.example/p/',
          title: 'Ti & <t> "q" \'a\'\u0003',
          summary: 'S & <s>\u0004',
          content_html: '<p>a &amp; b</p>',
          date_published: '2026-09-01T00:00:00.000Z',
          date_modified: '2026-09-02T00:00:00.000Z',
          tags: ['k&<', 'b'],
          authors: [{ name: 'Tom & <Jerry> "J" \'K\'' }, { name: 'Ada\u0001' }],
          language: 'en',
        },
      ],
    });
  });

  it('is written with two-space indentation and a final line end', () => {
    const text = renderJsonFeed({ ...channel, title: 'T', description: 'D' }, []);
    expect(text).toBe(
      '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "T",\n  "home_page_url": "https://t.example/",\n' +
        '  "feed_url": "https://t.example/rss.xml?a=1&b=<2>",\n  "description": "D",\n  "language": "en",\n' +
        '  "authors": [\n    {\n      "name": "T"\n    }\n  ],\n  "items": []\n}\n',
    );
  });
});
