/**
 * Which cached share cards to delete. Cards are cached by a hash of everything that draws
 * them (data/share-cards.ts), so a card whose title, date, code or fonts changed leaves its
 * old file behind: without pruning the cache only grows (and so does the deploy's saved cache).
 * A file is kept while a build uses it or while it is young: builds of other content in the
 * same project (the tests' fixture, a preview of a branch) keep theirs for a while.
 */

/** A file in the cache folder. */
export interface CachedFile {
  /** File name, e.g. "<sha-256>.png". */
  name: string;
  /** Last modification time in ms (a build that uses a file touches it). */
  mtimeMs: number;
}

/** How long a card no build used stays in the cache. */
export const CARD_CACHE_MAX_AGE_DAYS = 14;

/** The names of the cached files to delete: neither used by this build nor touched within `maxAgeDays` before `nowMs`. */
export function staleCacheFiles(files: CachedFile[], used: ReadonlySet<string>, nowMs: number, maxAgeDays = CARD_CACHE_MAX_AGE_DAYS): string[] {
  const oldest = nowMs - maxAgeDays * 24 * 60 * 60 * 1000;
  return files.filter((file) => !used.has(file.name) && file.mtimeMs < oldest).map((file) => file.name);
}
