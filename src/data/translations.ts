/**
 * The translated posts of this build, each tied to its original (data/posts.ts): a translation
 * is published exactly when its original is (a draft's or a scheduled post's translation waits
 * with it), and everything but its words comes from the original. Also what a page in one
 * language shows of a post: the translation when there is one, else the original with a
 * notice in the reader's language (routes.untranslated).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGUAGE_CODES, type Language } from '../lib/languages';
import { site } from '../site.config';
import { staleningChanges } from '../lib/stale-translation';
import type { FileVersion } from '../lib/git-versions';
import { contentTexts, versionsOf as fileVersions } from './history';
import { renderEntryBody } from './post-body';
import { getPosts, type Post } from './posts';
import { inLanguage, routes, siteUrl } from './site-links';

/** A translated post and the original it translates. */
export interface Translation {
  /** The language of the translation. */
  lang: Language;
  /** Site path of the translated page ("/es/statements/apology/"). */
  path: string;
  /** The original post (its facts, dates and data). */
  original: Post;
  /** The translation's collection entry (title, summary, body). */
  entry: CollectionEntry<'translations'>;
}

let all: Promise<Translation[]> | undefined;

/** Every translation whose original is visible in this build, newest original first. */
export function getTranslations(): Promise<Translation[]> {
  all ??= (async () => {
    const entries = await getCollection('translations');
    const found: Translation[] = [];
    for (const entry of entries) {
      const kind = entry.id.split('/')[0] as Post['kind'];
      const original = (await getPosts(kind)).find((post) => post.slug === entry.data.translationOf);
      if (!original) continue; // its original is a draft or scheduled: not published yet either
      const lang = entry.data.lang as Language;
      found.push({ lang, path: inLanguage(lang, original.path), original, entry });
    }
    const order = (t: Translation) => t.original.entry.data.published.getTime();
    return found.sort((a, b) => order(b) - order(a) || a.path.localeCompare(b.path));
  })();
  return all;
}

/** The translation of `post` into `lang`, if there is one. */
export async function findTranslation(post: Post, lang: string): Promise<Translation | undefined> {
  return (await getTranslations()).find((t) => t.original.path === post.path && t.lang === lang);
}

/** The site path of every version of a post, by language: the original and its translations. */
export async function languageVersions(post: Post): Promise<Partial<Record<Language, string>>> {
  const versions: Partial<Record<Language, string>> = { [site.lang as Language]: post.path };
  for (const t of await getTranslations()) if (t.original.path === post.path) versions[t.lang] = t.path;
  return versions;
}

/** The languages other than the main one that have no translation of `post`. */
export async function missingLanguages(post: Post): Promise<Language[]> {
  const versions = await languageVersions(post);
  return LANGUAGE_CODES.filter((code) => !versions[code]);
}

/** What a page in `lang` shows of a post in a list: its words in that language when translated, and where to read it. */
export async function postInLanguage(post: Post, lang: string): Promise<{ title: string; summary: string; path: string; translated: boolean }> {
  const translation = lang === site.lang ? undefined : await findTranslation(post, lang);
  if (translation) return { title: translation.entry.data.title, summary: translation.entry.data.summary, path: translation.path, translated: true };
  const path = lang === site.lang ? post.path : routes.untranslated(post.path, lang);
  return { title: post.entry.data.title, summary: post.entry.data.summary, path, translated: lang === site.lang };
}

/**
 * What a page in `lang` shows of a post it names by its original's title and path (the source of
 * a status update, a correction, a routing change): the translation's title and page when there
 * is one, else the original's title and page with the notice in that language.
 */
export async function sourceInLanguage(source: { title: string; path: string }, lang: string): Promise<{ title: string; path: string; translated: boolean }> {
  if (lang === site.lang) return { ...source, translated: true };
  const translation = (await getTranslations()).find((t) => t.original.path === source.path && t.lang === lang);
  if (translation) return { title: translation.entry.data.title, path: translation.path, translated: true };
  return { title: source.title, path: routes.untranslated(source.path, lang), translated: false };
}

/** The HTML of a translation's body, rendered once per build (as data/post-body.ts renders originals). */
export function renderTranslationBody(translation: Translation): Promise<string> {
  return renderEntryBody(translation.path, translation.entry, siteUrl(translation.path));
}

/** The original's material changes since the translation was last committed (empty: up to date, or no history). */
export async function staleSince(translation: Translation): Promise<FileVersion[]> {
  const [original, translated, texts] = await Promise.all([
    fileVersions(translation.original.entry.filePath),
    fileVersions(translation.entry.filePath),
    contentTexts(),
  ]);
  return staleningChanges(original, translated, texts);
}
