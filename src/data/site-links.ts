/**
 * The site's links for this build: `href` and `siteUrl` bound to the configured base path and
 * site URL (src/lib/routes.ts builds them), with `routes` to name the page or file.
 */
import { LANGUAGE_CODES, languageOfPath, otherLanguages, type Language } from '../lib/languages';
import { routes, siteLinks } from '../lib/routes';
import { site } from '../site.config';

export { routes } from '../lib/routes';

/** This build's links: href(path) under the base path, siteUrl(path) absolute, authorHref(url) for URLs written in posts. */
export const { href, siteUrl, authorHref } = siteLinks(site.base, site.siteUrl);

/** A site path in a language: the main language at the root, every other one under its code ("/es/…"). */
export function inLanguage(lang: string, path: string): string {
  return routes.inLanguage(lang, site.lang, path);
}

/** getStaticPaths of a fixed page in every language but the main one (pages/[lang]/about.astro → /es/about/, /de/about/). */
export function languageParams(): { params: { lang: Language } }[] {
  return otherLanguages(site.lang).map((lang) => ({ params: { lang } }));
}

/** A page that exists in every language: its site path in each one (hreflang alternates, the language switcher). */
export function inEveryLanguage(path: string): Record<Language, string> {
  return Object.fromEntries(LANGUAGE_CODES.map((code) => [code, inLanguage(code, path)])) as Record<Language, string>;
}

/**
 * The `lang` attribute of words that exist only in the site's main language (data from the YAML
 * files, untranslated post titles, notes, commit messages) on a page in `lang`: none on a page
 * in the main language, the main language's code on any other.
 */
export function originalLang(lang: string): string | undefined {
  return lang === site.lang ? undefined : site.lang;
}

/** The language of the page at `url` (Astro.url): its first segment after the base path when that names another language. */
export function pageLanguage(url: URL): Language {
  const base = href('/');
  const sitePath = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
  return languageOfPath(sitePath, site.lang as Language);
}
