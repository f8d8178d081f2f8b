/**
 * The one list of feed items that every serialisation (RSS, Atom, JSON Feed) is made from,
 * and the channel that describes a feed.
 */

/** One entry of a feed: a post, or a correction to a post. */
export interface FeedItem {
  /** Permanent id (RSS guid, Atom id, JSON Feed id): the post's absolute URL at first publication. Never contains a date. */
  id: string;
  /** Absolute URL of the page the item links to. */
  url: string;
  /** Headline, plain text. */
  title: string;
  /** One or two sentences, plain text. */
  summary: string;
  /** The full content as cleaned HTML with absolute URLs. */
  contentHtml: string;
  /** When the item was first published. */
  published: Date;
  /** When the item was last changed (edited or corrected); equal to `published` when never changed. */
  modified: Date;
  /** Categories: the kind of post first, then its tags. */
  categories: string[];
  /** Names of the authors. */
  authors: string[];
}

/** What a feed says about itself. */
export interface FeedChannel {
  /** Feed title. */
  title: string;
  /** One-line description. */
  description: string;
  /** BCP 47 language of the feed. */
  lang: string;
  /** Absolute URL of the web page the feed belongs to. */
  homeUrl: string;
  /** Absolute URL of this feed (self link). */
  feedUrl: string;
  /** When the feed changed, used when it has no items (the newest item's date otherwise). */
  fallbackUpdated: Date;
}

/** The dates that tell when a post last changed. */
export interface ChangeDates {
  /** First publication. */
  published: Date;
  /** Last material edit, if any. */
  updated?: Date;
  /** Corrections, each dated. */
  corrections?: readonly { date: Date }[];
}

/** The latest of published, updated and the correction dates: when a reader should see the post as changed. */
export function lastModified(dates: ChangeDates): Date {
  const times = [dates.published, dates.updated, ...(dates.corrections ?? []).map((c) => c.date)]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => d.getTime());
  return new Date(Math.max(...times));
}

/** True when an item was changed after it was first published. */
export function wasModified(item: Pick<FeedItem, 'published' | 'modified'>): boolean {
  return item.modified.getTime() > item.published.getTime();
}

/** Categories for a post: its kind, then its tags, without repeats. */
export function itemCategories(kind: string, tags: readonly string[]): string[] {
  return [...new Set([kind, ...tags])];
}

/** Items newest published first (then by id, for a stable order). */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.published.getTime() - a.published.getTime() || a.id.localeCompare(b.id));
}

/** When a feed last changed: its newest modified date, or the channel's fallback when it is empty. */
export function feedUpdated(channel: FeedChannel, items: readonly FeedItem[]): Date {
  if (items.length === 0) return channel.fallbackUpdated;
  return new Date(Math.max(...items.map((item) => item.modified.getTime())));
}

/** A post's corrections, as input for correction items. */
export interface CorrectedPost {
  /** Absolute URL of the post (its feed id). */
  url: string;
  /** Title of the post. */
  title: string;
  /** The post's categories. */
  categories: string[];
  /** The post's authors. */
  authors: string[];
  /** Its corrections, any order. */
  corrections: readonly { date: Date; text: string }[];
}

/** Words a correction item needs, from the interface strings. */
export interface CorrectionWords {
  /** Title of a correction item, from the post title. */
  title: (postTitle: string) => string;
  /** Lead-in before the link to the corrected post. */
  correctedPost: string;
}

/** Escapes text for use inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * One item per correction, newest first. The id is the post URL with a fragment naming the
 * correction's date, so it stays the same when the correction's wording is edited.
 */
export function correctionItems(posts: readonly CorrectedPost[], words: CorrectionWords): FeedItem[] {
  const items = posts.flatMap((post) => {
    const seen = new Map<string, number>();
    return [...post.corrections]
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map((correction) => {
        const stamp = correction.date.toISOString().replace(/\.000Z$/, 'Z');
        const count = (seen.get(stamp) ?? 0) + 1;
        seen.set(stamp, count);
        const id = `${post.url}#correction-${stamp}${count > 1 ? `-${count}` : ''}`;
        const contentHtml = `<p>${escapeHtml(correction.text)}</p>\n<p>${escapeHtml(words.correctedPost)} <a href="${escapeHtml(post.url)}">${escapeHtml(post.title)}</a></p>`;
        return {
          id,
          url: post.url,
          title: words.title(post.title),
          summary: correction.text,
          contentHtml,
          published: correction.date,
          modified: correction.date,
          categories: post.categories,
          authors: post.authors,
        } satisfies FeedItem;
      });
  });
  return newestFirst(items);
}

/**
 * Runs a render step for one content file and, when it fails, throws an error that names
 * the file, so that a post that cannot be rendered for the feeds stops the build.
 */
export async function renderingFile<T>(filePath: string, what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${filePath}: could not render this post for ${what}: ${reason}\nFix the post's MDX (a component with a bad prop, or invalid markup) so that it renders.`,
      { cause: error },
    );
  }
}
