/**
 * The site's links for this build: `href` and `siteUrl` bound to the configured base path and
 * site URL (src/lib/routes.ts builds them), with `routes` to name the page or file.
 */
import { siteLinks } from '../lib/routes';
import { site } from '../site.config';

export { routes } from '../lib/routes';

/** This build's links: href(path) under the base path, siteUrl(path) absolute, authorHref(url) for URLs written in posts. */
export const { href, siteUrl, authorHref } = siteLinks(site.base, site.siteUrl);
