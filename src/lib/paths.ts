/** URL helpers that respect the site's base path and trailing-slash setting. */

/** Joins the base path ("/" or "/trust/") and a site path ("/plan/e2ee/"), keeping one slash between them. */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return `${cleanBase}${path.replace(/^\/+/, '')}`;
}

/** Absolute URL for a site path, e.g. for feeds: origin + base + path. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${withBase(base, path)}`;
}

/** Site path of a post page: /<kind>/<slug>/. */
export function postPath(kind: string, slug: string): string {
  return `/${kind}/${slug}/`;
}

/** Site path of a commitment's page: /plan/<id>/. */
export function commitmentPath(id: string): string {
  return `/plan/${id}/`;
}

/** Site path of a tag's page: /tags/<tag>/. */
export function tagPath(tag: string): string {
  return `/tags/${tag}/`;
}
