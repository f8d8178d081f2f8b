/**
 * Reads the content collections once per build and hands pages only what this build may
 * show: in production, published posts (see lib/publish.ts); in the dev preview, every post.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow } from '../lib/now';
import { isVisible } from '../lib/publish';
import { POST_KINDS, type PostKind } from '../lib/vocabulary';
import { routes } from './site-links';

/** A post of any kind, as stored by Astro. */
export type PostEntry = CollectionEntry<PostKind>;

/** A post with its kind and site path. */
export interface Post<K extends PostKind = PostKind> {
  /** The kind (collection) of the post. */
  kind: K;
  /** The URL slug (file name without extension). */
  slug: string;
  /** Site path of the post page, without base. */
  path: string;
  /** The collection entry (data, body, filePath). */
  entry: CollectionEntry<K>;
}

/** The build's single "now". */
export const now: Date = buildNow();

/** True in `astro dev`, where drafts and scheduled posts are shown with a banner. */
export const preview: boolean = import.meta.env.SITE_PREVIEW === true;

const cache = new Map<PostKind, Promise<Post[]>>();

/** The visible posts of one kind, newest first. */
export function getPosts<K extends PostKind>(kind: K): Promise<Post<K>[]> {
  let pending = cache.get(kind);
  if (!pending) {
    pending = getCollection(kind, (entry) => isVisible(entry.data, now, preview)).then((entries) =>
      entries.map((entry) => ({ kind, slug: entry.id, path: routes.post(kind, entry.id), entry }) as Post).sort(byNewest),
    );
    cache.set(kind, pending);
  }
  return pending as Promise<Post<K>[]>;
}

/** Every visible post of every kind, newest first: the site timeline. */
export async function getAllPosts(): Promise<Post[]> {
  const lists = await Promise.all(POST_KINDS.map((kind) => getPosts(kind)));
  return lists.flat().sort(byNewest);
}

/** Sort order: newest published first, then by path for a stable order. */
function byNewest(a: Post, b: Post): number {
  return b.entry.data.published.getTime() - a.entry.data.published.getTime() || a.path.localeCompare(b.path);
}
