/**
 * The feed items of this build: each published post rendered ONCE (full MDX with its
 * components, shared with the post page through data/post-body.ts, plus the kind's own
 * facts and the corrections at the top), cleaned for feed readers, and cached
 * for every feed that carries it. Also the feed channels and the correction items.
 */
import { getEntry } from 'astro:content';
import PostContent from '../components/post/PostContent.astro';
import { strings } from '../i18n/ui';
import { stripXmlInvalid } from '../lib/feed-html';
import { correctionItems, itemCategories, lastModified, renderingFile, type FeedChannel, type FeedItem } from '../lib/feed-item';
import { site } from '../site.config';
import { outputWriter } from './output-writer';
import { getContainer, renderPostBody } from './post-body';
import { getAllPosts, now, type Post } from './posts';
import { routes, siteUrl } from './site-links';

const t = strings(site.lang);

/** The post's content as its page shows it (components/post/PostContent.astro), in one render. */
async function renderPostHtml(post: Post): Promise<string> {
  const container = await getContainer();
  return container.renderToString(PostContent, { props: { post, bodyHtml: await renderPostBody(post) } });
}

/** Builds the feed item of one post (uncached). */
async function buildFeedItem(post: Post): Promise<FeedItem> {
  const data = post.entry.data;
  const url = siteUrl(post.path);
  const html = await renderingFile(post.entry.filePath ?? `${post.kind}/${post.slug}`, 'the feeds', () => renderPostHtml(post));
  const author = await getEntry('people', data.author);
  return {
    id: url,
    url,
    title: stripXmlInvalid(data.title),
    summary: stripXmlInvalid(data.summary),
    contentHtml: await outputWriter.cleanFeedHtml(html, { pageUrl: url, base: site.base, mediaOrigins: site.mediaOrigins }),
    published: data.published,
    modified: lastModified(data),
    categories: itemCategories(post.kind, data.tags),
    authors: author ? [author.data.name] : [],
  };
}

const cache = new Map<string, Promise<FeedItem>>();

/** The feed item of a post, rendered once per build and shared by every feed. */
export function feedItemFor(post: Post): Promise<FeedItem> {
  let item = cache.get(post.path);
  if (!item) {
    item = buildFeedItem(post);
    cache.set(post.path, item);
  }
  return item;
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

/** HTTP content types of the feed formats. */
export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;
