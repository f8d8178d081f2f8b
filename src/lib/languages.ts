/**
 * The languages of the site, in ONE place: each code with its name in its own language.
 * The site's main language (site.yaml "language") is served at the root; every other one
 * under its code (/es/, /de/), by Astro's i18n routing (astro.config.mjs reads this list).
 * Adding a language: add it here and its table of interface strings in src/i18n/.
 * Plain TypeScript: no Astro imports.
 */

/** Every language code with interface strings, in the order of the language switcher. */
export const LANGUAGE_CODES = ['en', 'es', 'de'] as const;

/** A language code of the site ("en", "es", "de"). */
export type Language = (typeof LANGUAGE_CODES)[number];

/** Each language's name as its readers write it (the switcher, the notices). */
export const LANGUAGES: Record<Language, string> = { en: 'English', es: 'Español', de: 'Deutsch' };

/** True when `code` is one of the site's languages. */
export function isLanguage(code: string): code is Language {
  return Object.hasOwn(LANGUAGES, code);
}

/** The languages served under a prefix: every language except the main one. */
export function otherLanguages(main: string): Language[] {
  return LANGUAGE_CODES.filter((code) => code !== main);
}

/**
 * The language of a page from its site path (without the base path): the first segment when
 * it is another language's code ("/es/statements/" → "es"), else the main language.
 */
export function languageOfPath(sitePath: string, main: Language): Language {
  const first = sitePath.split('/').find((segment) => segment !== '') ?? '';
  return isLanguage(first) && first !== main ? first : main;
}
