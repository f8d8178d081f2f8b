/**
 * The site's links for this build: `href` and `siteUrl` bound to the configured base path and
 * site URL (src/lib/routes.ts builds them), with `routes` to name the page or file.
 */
import { languageOfPath, type Language } from '../lib/languages';
import { routes, siteLinks } from '../lib/routes';
import { site } from '../site.config';

export { routes } from '../lib/routes';

/** This build's links: href(path) under the base path, siteUrl(path) absolute, authorHref(url) for URLs written in posts. */
export const { href, siteUrl, authorHref } = siteLinks(site.base, site.siteUrl);

/** A site path in a language: the main language at the root, every other one under its code ("/es/…"). */
export function inLanguage(lang: string, path: string): string {
  return routes.inLanguage(lang, site.lang, path);
}

/** The language of the page at `url` (Astro.url): its first segment after the base path when that names another language. */
export function pageLanguage(url: URL): Language {
  const base = href('/');
  const sitePath = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
  return languageOfPath(sitePath, site.lang as Language);
}
