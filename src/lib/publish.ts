/**
 * The one rule that decides whether a post is public. Every page, feed, sitemap entry,
 * search record and data file goes through it.
 */

/** The fields of a post that decide whether it is published. */
export interface PublishableData {
  /** A draft never reaches any output of a production build. */
  draft: boolean;
  /** The moment the post goes live; before it, the post reaches no output. */
  published: Date;
}

/** True when the post is not a draft and its publish time is at or before `now`. */
export function isPublished(data: PublishableData, now: Date): boolean {
  return !data.draft && data.published.getTime() <= now.getTime();
}

/** True when the post is visible in this build: published, or any post in the dev preview. */
export function isVisible(data: PublishableData, now: Date, preview: boolean): boolean {
  return preview || isPublished(data, now);
}
