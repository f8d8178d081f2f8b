/**
 * The site's address from the environment: SITE_URL (where the site is served) and
 * BASE_PATH (the folder it lives in). Every absolute URL (canonical links, sitemap, feeds,
 * calendar, open data) is origin + base path + page path, so the two are resolved here once.
 *
 * - SITE_URL must be a full http(s) address: "example.com" has no scheme, and a browser, a
 *   feed reader and a search engine would all read it as a path on some other site.
 * - A path in SITE_URL ("https://example.com/trust") is the base path: the site is served
 *   under /trust/. BASE_PATH may say the same; when it says something else, the build stops
 *   rather than guess which one is right.
 * - No query (?) or fragment (#), which no page address could carry.
 */

/** A site setting from the environment that cannot be used, with a message that says how to fix it. */
export class SiteSettingError extends Error {
  override name = 'SiteSettingError';
}

/** The resolved address. */
export interface SiteAddress {
  /** Origin without a trailing slash: "https://example.com". */
  origin: string;
  /** Base path, "/" or "/trust/". */
  base: string;
}

/** Normalises a base path to start and end with "/" ("/trust/"), or "/" for the root. */
export function normaliseBase(base: string | undefined): string {
  if (!base || base === '/') return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`;
}

/** The origin and base path from SITE_URL and BASE_PATH (unset or empty: http://localhost:4321 and "/"). Throws SiteSettingError. */
export function resolveSiteAddress(siteUrl: string | undefined, basePath: string | undefined): SiteAddress {
  const raw = (siteUrl ?? '').trim() || 'http://localhost:4321';
  const example = 'SITE_URL=https://trust.example.com';
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    const withScheme = `SITE_URL=https://${raw.replace(/^[/:]+/, '')}`;
    throw new SiteSettingError(`SITE_URL is "${raw}", which has no scheme (https://). Write the full address of the site, e.g. ${withScheme}.`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteSettingError(`SITE_URL is "${raw}", which is not a web address. Write the full address of the site, e.g. ${example}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteSettingError(`SITE_URL is "${raw}", which is not an http(s) address. Write the full address of the site, e.g. ${example}.`);
  }
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    throw new SiteSettingError(`SITE_URL is "${raw}", which has a query (?) or a fragment (#). Give the site's address only, e.g. ${example}.`);
  }
  if (url.username || url.password) {
    throw new SiteSettingError(`SITE_URL is "${raw}", which carries a user name or password. Give the site's public address only, e.g. ${example}.`);
  }
  const pathBase = normaliseBase(url.pathname);
  const envBase = basePath === undefined || basePath.trim() === '' ? undefined : normaliseBase(basePath.trim());
  if (envBase !== undefined && pathBase !== '/' && envBase !== pathBase) {
    throw new SiteSettingError(
      `SITE_URL is "${raw}", whose path ${pathBase} differs from BASE_PATH "${basePath}". Give the path once: SITE_URL=${url.origin} and BASE_PATH=${pathBase} (or ${envBase}).`,
    );
  }
  return { origin: url.origin, base: envBase ?? pathBase };
}
