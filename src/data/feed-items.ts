/**
 * The feed items of this build: each published post rendered ONCE (full MDX with its
 * components, shared with the post page through data/post-body.ts, plus the kind's own
 * facts and the corrections at the top), cleaned for feed readers, and cached
 * for every feed that carries it. Also the feed channels and the correction items.
 */
import { getEntry } from 'astro:content';
import PostContent from '../components/post/PostContent.astro';
import { strings } from '../i18n/ui';
import { FEED_MEDIA_TYPES } from '../lib/feed-formats';
import { stripXmlInvalid } from '../lib/feed-html';
import { correctionItems, itemCategories, lastModified, renderingFile, type FeedChannel, type FeedItem } from '../lib/feed-item';
import { site } from '../site.config';
import { outputWriter } from './output-writer';
import { getContainer, renderPostBody } from './post-body';
import { getAllPosts, now, type Post } from './posts';
import { routes, siteUrl } from './site-links';

const t = strings(site.lang);

/** A page that carries a post, as a feed item sees it. */
export interface PostPage {
  /** The original post: its facts, dates, tags and author. */
  post: Post;
  /** Absolute URL of the page. */
  url: string;
  /** The page's title and summary (the original's, or a translation's). */
  words: { title: string; summary: string };
  /** The content file named when rendering fails. */
  file: string;
  /** The page's body HTML (data/post-body.ts). */
  bodyHtml: () => Promise<string>;
  /** true when the page's address gives the components their language (a translation: data/site-links.ts, pageLanguage). */
  localized: boolean;
}

/** The feed item of a page that carries a post: its content as the page shows it (components/post/PostContent.astro), in one render. */
export async function postPageItem(page: PostPage): Promise<FeedItem> {
  const { post, url } = page;
  const data = post.entry.data;
  const html = await renderingFile(page.file, 'the feeds', async () => {
    const container = await getContainer();
    return container.renderToString(PostContent, {
      props: { post, bodyHtml: await page.bodyHtml() },
      ...(page.localized ? { request: new Request(url) } : {}),
    });
  });
  const author = await getEntry('people', data.author);
  return {
    id: url,
    url,
    title: stripXmlInvalid(page.words.title),
    summary: stripXmlInvalid(page.words.summary),
    contentHtml: await outputWriter.cleanFeedHtml(html, { pageUrl: url, base: site.base, mediaOrigins: site.mediaOrigins }),
    published: data.published,
    modified: lastModified(data),
    categories: itemCategories(post.kind, data.tags),
    authors: author ? [author.data.name] : [],
  };
}

/** Builds the feed item of one post (uncached). */
function buildFeedItem(post: Post): Promise<FeedItem> {
  return postPageItem({
    post,
    url: siteUrl(post.path),
    words: post.entry.data,
    file: post.entry.filePath ?? `${post.kind}/${post.slug}`,
    bodyHtml: () => renderPostBody(post),
    localized: false,
  });
}

const cache = new Map<string, Promise<FeedItem>>();

/** The feed item of the page at `path` (a post or a translation), built once per build and shared by every feed and email that carries it. */
export function feedItemOnce(path: string, build: () => Promise<FeedItem>): Promise<FeedItem> {
  let item = cache.get(path);
  if (!item) {
    item = build();
    cache.set(path, item);
  }
  return item;
}

/** The feed item of a post, rendered once per build and shared by every feed. */
export function feedItemFor(post: Post): Promise<FeedItem> {
  return feedItemOnce(post.path, () => buildFeedItem(post));
}

/** Feed items for posts, in the order given (posts come newest first from data/posts.ts). */
export function feedItemsFor(posts: readonly Post[]): Promise<FeedItem[]> {
  return Promise.all(posts.map(feedItemFor));
}

/** The site-wide feed items: the newest `site.feedLimit` posts of every kind. */
export async function siteFeedItems(): Promise<FeedItem[]> {
  return feedItemsFor((await getAllPosts()).slice(0, site.feedLimit));
}

/** One item per correction of any published post, newest first. */
export async function correctionFeedItems(): Promise<FeedItem[]> {
  const posts = (await getAllPosts()).filter((post) => post.entry.data.corrections.length > 0);
  const corrected = await Promise.all(
    posts.map(async (post) => {
      const author = await getEntry('people', post.entry.data.author);
      return {
        url: siteUrl(post.path),
        title: post.entry.data.title,
        categories: itemCategories(post.kind, post.entry.data.tags),
        authors: author ? [author.data.name] : [],
        corrections: post.entry.data.corrections,
      };
    }),
  );
  return correctionItems(corrected, { title: t.feeds.correctionItemTitle, correctedPost: t.feeds.correctedPost });
}

/** A feed channel: title, description, the page it belongs to and its own address (site paths). */
export function feedChannel(options: { title: string; description: string; homePath: string; feedPath: string }): FeedChannel {
  return {
    title: options.title,
    description: options.description,
    lang: site.lang,
    homeUrl: siteUrl(options.homePath),
    feedUrl: siteUrl(options.feedPath),
    fallbackUpdated: now,
  };
}

/** The channel of a site-wide feed (RSS, Atom or JSON Feed at `feedPath`). */
export function siteChannel(feedPath: string): FeedChannel {
  return feedChannel({ title: site.title, description: site.description, homePath: routes.home, feedPath });
}

/** HTTP content types of the feed formats and of calendar files. */
export const FEED_TYPES = {
  rss: `${FEED_MEDIA_TYPES.rss}; charset=utf-8`,
  atom: `${FEED_MEDIA_TYPES.atom}; charset=utf-8`,
  json: `${FEED_MEDIA_TYPES.json}; charset=utf-8`,
  ics: 'text/calendar; charset=utf-8',
} as const;
