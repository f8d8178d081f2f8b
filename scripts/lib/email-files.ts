/** Finds a post's email-ready message among the files a build wrote under email/ (for `npm run email`). */
import { closestName } from '../../src/lib/closest-name.ts';

/** The answer to a lookup: the post's "<kind>/<slug>" (a translation's "<lang>/<kind>/<slug>"), or why none was found. */
export type EmailLookup = { ok: true; post: string } | { ok: false; problem: string };

/**
 * Which post a reader means: "progress/week-3", "week-3" (when only one kind has that slug),
 * or a content file path such as "content/progress/week-3.mdx"; a translation as
 * "es/statements/apology" or "content/statements/apology.es.mdx". `posts` are the
 * "<kind>/<slug>" and "<lang>/<kind>/<slug>" names that have an email in the build.
 */
export function findEmailPost(query: string, posts: readonly string[]): EmailLookup {
  const cleaned = query
    .replace(/\\/g, '/')
    .replace(/\.(mdx?|html|txt)$/, '')
    .replace(/\/+$/, '');
  const parts = cleaned.split('/').filter(Boolean);
  // A translation's content file: "<kind>/<slug>.<lang>".
  const translated = /^(.+)\.([a-z]{2})$/.exec(parts.at(-1) ?? '');
  // "<lang>/<kind>/<slug>" names a translation, never its original.
  const inLanguage = parts.length >= 3 && /^[a-z]{2}$/.test(parts.at(-3)!);
  const wanted = translated ? `${translated[2]}/${parts.at(-2)}/${translated[1]}` : parts.slice(inLanguage ? -3 : -2).join('/');
  if (posts.includes(wanted)) return { ok: true, post: wanted };
  const slug = parts.at(-1) ?? '';
  // A slug alone names a post in the main language (translations are named with their language).
  const bySlug = inLanguage || translated ? [] : posts.filter((post) => post.split('/').length === 2 && post.endsWith(`/${slug}`));
  if (bySlug.length === 1) return { ok: true, post: bySlug[0]! };
  if (bySlug.length > 1)
    return { ok: false, problem: `"${query}" is the name of posts of several kinds: ${bySlug.join(', ')}. Name one with its kind, e.g. ${bySlug[0]}.` };
  const suggestion =
    closestName(wanted, posts) ??
    closestName(
      slug,
      posts.map((p) => p.split('/').at(-1)!),
    );
  return {
    ok: false,
    problem: `no published post "${query}" in this build.${suggestion ? ` Did you mean ${suggestion}?` : ''} Drafts and scheduled posts have no email; name a post as <kind>/<slug>, e.g. ${posts[0] ?? 'progress/week-1'}.`,
  };
}
