/**
 * Puts the site's base path in front of root-relative URLs written in posts
 * (`[the plan](/plan/)` becomes `/trust/plan/` on a site served under /trust/), so authors
 * write site paths and the links work under any base path.
 */

/** Prefixes `base` to a root-relative URL that does not already carry it; leaves others alone. */
export function withBasePrefix(url: string, base: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  if (cleanBase === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url.startsWith(cleanBase) || url === cleanBase.slice(0, -1)) return url;
  return `${cleanBase}${url.slice(1)}`;
}
