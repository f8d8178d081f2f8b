/** Finds a post's email-ready message among the files a build wrote under email/ (for `npm run email`). */
import { closestName } from '../../src/lib/closest-name.ts';

/** The answer to a lookup: the post's "<kind>/<slug>", or why none was found. */
export type EmailLookup = { ok: true; post: string } | { ok: false; problem: string };

/**
 * Which post a reader means: "progress/week-3", "week-3" (when only one kind has that slug),
 * or a content file path such as "content/progress/week-3.mdx". `posts` are the
 * "<kind>/<slug>" names that have an email in the build.
 */
export function findEmailPost(query: string, posts: readonly string[]): EmailLookup {
  const cleaned = query
    .replace(/\\/g, '/')
    .replace(/\.(mdx?|html|txt)$/, '')
    .replace(/\/+$/, '');
  const parts = cleaned.split('/').filter(Boolean);
  const wanted = parts.slice(-2).join('/');
  if (posts.includes(wanted)) return { ok: true, post: wanted };
  const slug = parts.at(-1) ?? '';
  const bySlug = posts.filter((post) => post.endsWith(`/${slug}`));
  if (bySlug.length === 1) return { ok: true, post: bySlug[0]! };
  if (bySlug.length > 1)
    return { ok: false, problem: `"${query}" is the name of posts of several kinds: ${bySlug.join(', ')}. Name one with its kind, e.g. ${bySlug[0]}.` };
  const suggestion =
    closestName(wanted, posts) ??
    closestName(
      slug,
      posts.map((p) => p.split('/')[1]!),
    );
  return {
    ok: false,
    problem: `no published post "${query}" in this build.${suggestion ? ` Did you mean ${suggestion}?` : ''} Drafts and scheduled posts have no email; name a post as <kind>/<slug>, e.g. ${posts[0] ?? 'progress/week-1'}.`,
  };
}
