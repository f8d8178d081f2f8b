/** The feed item model: dates, categories, order, correction items, render errors (src/lib/feed-item.ts). */
import { describe, expect, it } from 'vitest';
import {
  correctionItems,
  feedUpdated,
  itemCategories,
  lastModified,
  newestFirst,
  renderingFile,
  wasModified,
  type FeedChannel,
  type FeedItem,
} from '../../src/lib/feed-item';

const d = (iso: string) => new Date(iso);

/** A feed item with defaults. */
function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'https://trust.example/progress/week-1/',
    url: 'https://trust.example/progress/week-1/',
    title: 'Week 1',
    summary: 'Summary',
    contentHtml: '<p>Body</p>',
    published: d('2026-09-04T17:00:00Z'),
    modified: d('2026-09-04T17:00:00Z'),
    categories: ['progress'],
    authors: ['Ada'],
    ...overrides,
  };
}

describe('lastModified', () => {
  it('is the publish date when the post never changed', () => {
    expect(lastModified({ published: d('2026-09-01T00:00:00Z') })).toEqual(d('2026-09-01T00:00:00Z'));
  });

  it('is the latest of updated and the correction dates', () => {
    const published = d('2026-09-01T00:00:00Z');
    expect(lastModified({ published, updated: d('2026-09-03T00:00:00Z'), corrections: [] })).toEqual(d('2026-09-03T00:00:00Z'));
    expect(
      lastModified({ published, updated: d('2026-09-03T00:00:00Z'), corrections: [{ date: d('2026-09-05T00:00:00Z') }, { date: d('2026-09-02T00:00:00Z') }] }),
    ).toEqual(d('2026-09-05T00:00:00Z'));
  });

  it('tells a changed item from an unchanged one', () => {
    expect(wasModified(item())).toBe(false);
    expect(wasModified(item({ modified: d('2026-09-05T00:00:00Z') }))).toBe(true);
  });
});

describe('categories and order', () => {
  it('puts the kind first, then the tags, without repeats', () => {
    expect(itemCategories('progress', ['defaults', 'bug-bounty', 'defaults'])).toEqual(['progress', 'defaults', 'bug-bounty']);
  });

  it('sorts newest first, then by id', () => {
    const a = item({ id: 'a', published: d('2026-09-01T00:00:00Z') });
    const b = item({ id: 'b', published: d('2026-09-02T00:00:00Z') });
    const c = item({ id: 'c', published: d('2026-09-02T00:00:00Z') });
    expect(newestFirst([a, c, b]).map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });

  it('dates a feed by its newest change, or the fallback when empty', () => {
    const channel: FeedChannel = {
      title: 'T',
      description: 'D',
      lang: 'en',
      homeUrl: 'https://x/',
      feedUrl: 'https://x/rss.xml',
      fallbackUpdated: d('2026-11-28T12:00:00Z'),
    };
    expect(feedUpdated(channel, [])).toEqual(d('2026-11-28T12:00:00Z'));
    expect(feedUpdated(channel, [item(), item({ modified: d('2026-10-01T00:00:00Z') })])).toEqual(d('2026-10-01T00:00:00Z'));
  });
});

describe('correctionItems', () => {
  const words = { title: (t: string) => `Correction: ${t}`, correctedPost: 'The corrected post:' };
  const posts = [
    {
      url: 'https://trust.example/progress/week-2/',
      title: 'Week 2 & <more>',
      categories: ['progress'],
      authors: ['Ben'],
      corrections: [
        { date: d('2026-09-14T15:00:00Z'), text: 'We said 40 & meant 34.' },
        { date: d('2026-09-20T15:00:00Z'), text: 'Second.' },
      ],
    },
    {
      url: 'https://trust.example/statements/apology/',
      title: 'Sorry',
      categories: ['statements'],
      authors: [],
      corrections: [{ date: d('2026-09-16T00:00:00Z'), text: 'Third.' }],
    },
  ];

  it('makes one item per correction, newest first, linking to the post', () => {
    const items = correctionItems(posts, words);
    expect(items.map((i) => i.summary)).toEqual(['Second.', 'Third.', 'We said 40 & meant 34.']);
    expect(items[2]!.url).toBe('https://trust.example/progress/week-2/');
    expect(items[2]!.title).toBe('Correction: Week 2 & <more>');
    expect(items[2]!.contentHtml).toBe(
      '<p>We said 40 &amp; meant 34.</p>\n<p>The corrected post: <a href="https://trust.example/progress/week-2/">Week 2 &amp; &lt;more&gt;</a></p>',
    );
  });

  it('gives each correction an id from its post and date, stable when its wording changes', () => {
    const ids = correctionItems(posts, words).map((i) => i.id);
    expect(ids).toContain('https://trust.example/progress/week-2/#correction-2026-09-14T15:00:00Z');
    expect(new Set(ids).size).toBe(3);
    const reworded = [{ ...posts[0]!, corrections: [{ date: d('2026-09-14T15:00:00Z'), text: 'Reworded.' }] }];
    expect(correctionItems(reworded, words)[0]!.id).toBe('https://trust.example/progress/week-2/#correction-2026-09-14T15:00:00Z');
  });

  it('keeps ids unique when two corrections share a date', () => {
    const same = [
      {
        ...posts[1]!,
        corrections: [
          { date: d('2026-09-16T00:00:00Z'), text: 'A' },
          { date: d('2026-09-16T00:00:00Z'), text: 'B' },
        ],
      },
    ];
    expect(new Set(correctionItems(same, words).map((i) => i.id)).size).toBe(2);
  });
});

describe('renderingFile', () => {
  it('passes a result through', async () => {
    await expect(renderingFile('content/progress/week-1.mdx', 'the feeds', async () => 'ok')).resolves.toBe('ok');
  });

  it('names the file when rendering fails', async () => {
    const failing = renderingFile('content/progress/week-1.mdx', 'the feeds', async () => {
      throw new Error('<CommitmentLink id="nope"> names an unknown commitment');
    });
    await expect(failing).rejects.toThrow(/^content\/progress\/week-1\.mdx: could not render this post for the feeds: <CommitmentLink id="nope">/);
  });
});
