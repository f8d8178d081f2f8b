/** Finds content files of one kind that would get the same URL slug (post-files.ts reports them). */
import { existsSync, readdirSync } from 'node:fs';
import { extname } from 'node:path';

/** The file extensions a post may have. */
export const POST_EXTENSIONS = ['.mdx', '.md'];

/** The slug a post file gets: its path without extension, lowercased. */
export function slugOf(relativePath: string): string {
  return relativePath.slice(0, -extname(relativePath).length).toLowerCase();
}

/** Groups of files (relative to `dir`) that share a slug; empty when all slugs are unique. */
export function findDuplicateSlugs(dir: string): string[][] {
  if (!existsSync(dir)) return [];
  const bySlug = new Map<string, string[]>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => POST_EXTENSIONS.includes(extname(file)))
    .sort();
  for (const file of files) {
    const slug = slugOf(file.replaceAll('\\', '/'));
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  return [...bySlug.values()].filter((group) => group.length > 1);
}
