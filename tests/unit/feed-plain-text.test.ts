/**
 * A summary is plain text in every feed format, after a feed reader has decoded it: the RSS
 * <description> (which readers render as HTML) shows the text and holds no element, the
 * Atom <summary> is typed text, and the JSON Feed summary is the text itself. Read back with
 * fast-xml-parser (the XML layer), node-html-parser (the HTML a reader renders) and
 * @rowanmanning/feed-parser (a real feed parser).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/lib/feed-atom';
import type { FeedChannel, FeedItem } from '../../src/lib/feed-item';
import { renderJsonFeed } from '../../src/lib/feed-json';
import { renderRss } from '../../src/lib/feed-rss';

const SUMMARY = `Tom & Jerry <b>bold</b> <img src=x onerror="alert('x')"> &amp; "double" 'single'\rafter a carriage return`;

const channel: FeedChannel = {
  title: 'Trust',
  description: `About <script>alert(1)</script> & "us"`,
  lang: 'en',
  homeUrl: 'https://trust.example/',
  feedUrl: 'https://trust.example/rss.xml',
  fallbackUpdated: new Date('2026-11-28T12:00:00Z'),
};

const item: FeedItem = {
  id: 'https://trust.example/progress/week-2/',
  url: 'https://trust.example/progress/week-2/',
  title: 'Week 2',
  summary: SUMMARY,
  contentHtml: '<p>Body</p>',
  published: new Date('2026-09-11T17:00:00Z'),
  modified: new Date('2026-09-11T17:00:00Z'),
  categories: ['progress'],
  authors: [],
};

/** An XML document as its XML layer reads it (entities decoded once, no HTML decoding). */
const xmlTree = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false }).parse(xml);

/** What a reader renders from an HTML string: the elements it would create and the text it would show. */
function rendered(html: string) {
  const doc = parseHtml(html);
  return { elements: doc.querySelectorAll('*').map((el) => el.tagName.toLowerCase()), text: doc.text };
}

describe('RSS <description>', async () => {
  const xml = await renderRss(channel, [item]);
  const rssChannel = xmlTree(xml).rss.channel;

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('renders as the summary text, with no element, once the XML is decoded', () => {
    const description = rssChannel.item.description as string;
    expect(rendered(description)).toEqual({ elements: [], text: SUMMARY });
  });

  it('does the same for the channel description', () => {
    expect(rendered(rssChannel.description as string)).toEqual({ elements: [], text: `About <script>alert(1)</script> & "us"` });
  });

  it('reads back as the summary, carriage return included, in a real feed parser', () => {
    const feed = parseFeed(xml);
    expect(feed.items[0]!.description).toBe(SUMMARY);
    expect(feed.description).toBe(`About <script>alert(1)</script> & "us"`);
  });
});

describe('Atom <summary>', () => {
  const xml = renderAtom(channel, [item]);
  const summary = xmlTree(xml).feed.entry.summary as { '@_type': string; '#text': string };

  it('is typed text, so readers never render it as HTML', () => {
    expect(summary['@_type']).toBe('text');
  });

  it('holds the summary as text (XML turns the carriage return into a line feed)', () => {
    expect(summary['#text']).toBe(SUMMARY.replace('\r', '\n'));
  });
});

describe('JSON Feed summary', () => {
  it('is the summary itself (JSON Feed 1.1 defines summary as plain text)', () => {
    const feed = JSON.parse(renderJsonFeed(channel, [item]));
    expect(feed.items[0].summary).toBe(SUMMARY);
  });
});
