/** The feed item model (src/lib/feed-item.ts) as whole records, with special characters and ties. */
import { describe, expect, it } from 'vitest';
import {
  correctionItems,
  escapeHtml,
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

describe('escapeHtml', () => {
  it('escapes & < > and double quotes, every occurrence, and leaves the rest', () => {
    expect(escapeHtml('a & b && <c> <<d>> "e" "f" \'g\'\r\n')).toBe("a &amp; b &amp;&amp; &lt;c&gt; &lt;&lt;d&gt;&gt; &quot;e&quot; &quot;f&quot; 'g'\r\n");
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('correctionItems, whole items', () => {
  const words = { title: (t: string) => `Correction: ${t}`, correctedPost: 'See "the post" & more:' };
  const post = {
    url: 'https://t.example/progress/week-2/?a=1&b="2"',
    title: 'Week 2 & <more> "x"',
    categories: ['progress', 'e2ee'],
    authors: ['Ben & <Co>'],
    corrections: [
      { date: d('2026-09-14T15:00:00.250Z'), text: 'Later, with <b> & "q"\r\n.' },
      { date: d('2026-09-14T15:00:00Z'), text: 'First.' },
      { date: d('2026-09-14T15:00:00Z'), text: 'Same instant.' },
    ],
  };

  it('makes one full item per correction, newest first, numbering ids that share an instant', () => {
    expect(correctionItems([post], words)).toEqual([
      {
        id: 'https://t.example/progress/week-2/?a=1&b="2"#correction-2026-09-14T15:00:00.250Z',
        url: 'https://t.example/progress/week-2/?a=1&b="2"',
        title: 'Correction: Week 2 & <more> "x"',
        summary: 'Later, with <b> & "q"\r\n.',
        contentHtml:
          '<p>Later, with &lt;b&gt; &amp; &quot;q&quot;\r\n.</p>\n' +
          '<p>See &quot;the post&quot; &amp; more: <a href="https://t.example/progress/week-2/?a=1&amp;b=&quot;2&quot;">Week 2 &amp; &lt;more&gt; &quot;x&quot;</a></p>',
        published: d('2026-09-14T15:00:00.250Z'),
        modified: d('2026-09-14T15:00:00.250Z'),
        categories: ['progress', 'e2ee'],
        authors: ['Ben & <Co>'],
      },
      expect.objectContaining({ id: 'https://t.example/progress/week-2/?a=1&b="2"#correction-2026-09-14T15:00:00Z', summary: 'First.' }),
      expect.objectContaining({ id: 'https://t.example/progress/week-2/?a=1&b="2"#correction-2026-09-14T15:00:00Z-2', summary: 'Same instant.' }),
    ]);
  });

  it('numbers shared instants per post, not across posts', () => {
    const other = { ...post, url: 'https://t.example/other/', corrections: [{ date: d('2026-09-14T15:00:00Z'), text: 'Other.' }] };
    const ids = correctionItems([post, other], words).map((i) => i.id);
    expect(ids).toContain('https://t.example/other/#correction-2026-09-14T15:00:00Z');
    expect(ids.filter((id) => id.endsWith('-2'))).toHaveLength(1);
  });

  it('makes no item for a post without corrections', () => {
    expect(correctionItems([{ ...post, corrections: [] }], words)).toEqual([]);
  });
});

describe('dates of change', () => {
  it('ignores a missing updated date, and takes the latest correction even before updated', () => {
    expect(lastModified({ published: d('2026-09-01T00:00:00Z'), updated: undefined, corrections: [{ date: d('2026-09-02T00:00:00Z') }] })).toEqual(
      d('2026-09-02T00:00:00Z'),
    );
    expect(lastModified({ published: d('2026-09-05T00:00:00Z'), updated: d('2026-09-03T00:00:00Z') })).toEqual(d('2026-09-05T00:00:00Z'));
  });

  it('calls an item modified only when modified is after published, by a millisecond or more', () => {
    const base = { published: d('2026-09-01T00:00:00.000Z') };
    expect(wasModified({ ...base, modified: d('2026-09-01T00:00:00.001Z') })).toBe(true);
    expect(wasModified({ ...base, modified: d('2026-09-01T00:00:00.000Z') })).toBe(false);
    expect(wasModified({ ...base, modified: d('2026-08-31T00:00:00.000Z') })).toBe(false);
  });

  it('dates a feed by the newest modified date, not the newest publication', () => {
    const channel: FeedChannel = {
      title: 'T',
      description: 'D',
      lang: 'en',
      homeUrl: 'https://x/',
      feedUrl: 'https://x/rss.xml',
      fallbackUpdated: d('2030-01-01T00:00:00Z'),
    };
    const item = (published: string, modified: string) => ({ published: d(published), modified: d(modified) }) as FeedItem;
    expect(feedUpdated(channel, [item('2026-09-10T00:00:00Z', '2026-09-10T00:00:00Z'), item('2026-09-01T00:00:00Z', '2026-09-20T00:00:00Z')])).toEqual(
      d('2026-09-20T00:00:00Z'),
    );
  });
});

describe('order and categories', () => {
  it('sorts newest first and breaks ties by id in alphabetical order, without changing the input', () => {
    const item = (id: string, published: string) => ({ id, published: d(published) }) as FeedItem;
    const input = [item('b', '2026-09-01T00:00:00Z'), item('c', '2026-09-02T00:00:00Z'), item('a', '2026-09-01T00:00:00Z')];
    expect(newestFirst(input).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(input.map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps a tag equal to the kind once, in first place', () => {
    expect(itemCategories('progress', ['e2ee', 'progress'])).toEqual(['progress', 'e2ee']);
    expect(itemCategories('guides', [])).toEqual(['guides']);
  });
});

describe('renderingFile', () => {
  it('names the file, what it was rendered for, the reason and the fix, and keeps the cause', async () => {
    const cause = new Error('bad prop');
    const error = await renderingFile('content/x.mdx', 'the RSS feed', async () => {
      throw cause;
    }).catch((e: unknown) => e as Error);
    expect(error.message).toBe(
      "content/x.mdx: could not render this post for the RSS feed: bad prop\nFix the post's MDX (a component with a bad prop, or invalid markup) so that it renders.",
    );
    expect(error.cause).toBe(cause);
  });

  it('reports a thrown value that is not an Error', async () => {
    await expect(renderingFile('content/x.mdx', 'search', () => Promise.reject('plain text'))).rejects.toThrow(
      'content/x.mdx: could not render this post for search: plain text\n',
    );
  });
});

describe('correctionItems: corrections that share an instant before 1970', () => {
  it('numbers them in the order they are written', () => {
    const words = { title: (t: string) => `Correction: ${t}`, correctedPost: 'See' };
    const post = {
      url: 'https://t.example/p/',
      title: 'P',
      categories: [],
      authors: [],
      corrections: [
        { date: d('1969-12-31T00:00:00Z'), text: 'First.' },
        { date: d('1969-12-31T00:00:00Z'), text: 'Second.' },
      ],
    };
    expect(correctionItems([post], words).map((item) => [item.id, item.summary])).toEqual([
      ['https://t.example/p/#correction-1969-12-31T00:00:00Z', 'First.'],
      ['https://t.example/p/#correction-1969-12-31T00:00:00Z-2', 'Second.'],
    ]);
  });
});
