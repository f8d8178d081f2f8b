/** Checks that no two content files of one kind would get the same URL slug. */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

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

/** Throws an error naming every pair of files in `dir` that share a slug. */
export function assertUniqueSlugs(dir: string): void {
  const duplicates = findDuplicateSlugs(dir);
  if (duplicates.length === 0) return;
  const lines = duplicates.map((group) => `  ${group.map((f) => join(dir, f)).join(' and ')} share the slug "${slugOf(group[0]!)}"`);
  throw new Error(
    `Duplicate slug in ${dir}: two files would publish at the same address.\n${lines.join('\n')}\nRename one of them: the file name is the post's URL.`,
  );
}
