/**
 * The site-wide feeds of each language as pages name them: the main language's at the root
 * (/rss.xml, /atom.xml, /feed.json), every other one's under its code (/es/rss.xml, …). Pages
 * announce them (layouts/BaseLayout.astro) and /subscribe/ lists them.
 */
import { strings } from '../i18n/ui';
import { FEED_FORMATS, FEED_MEDIA_TYPES, type FeedFormat } from '../lib/feed-formats';
import type { Language } from '../lib/languages';
import { site } from '../site.config';
import { inLanguage, routes } from './site-links';

/** One site-wide feed of one language. */
export interface LanguageFeed {
  /** Its format. */
  format: FeedFormat;
  /** Its site path. */
  path: string;
  /** Its name, in its language, with the format ("Brightwell Trust Center (español) (Atom)"). */
  title: string;
  /** Its media type, for <link rel="alternate" type>. */
  type: string;
}

/** The site-wide feed of language `code` in each format. */
export function languageFeeds(code: Language): LanguageFeed[] {
  const t = strings(code);
  const name = code === site.lang ? site.title : t.translation.feedTitle(site.title);
  return FEED_FORMATS.map((format) => ({
    format,
    path: inLanguage(code, routes.siteFeed[format]),
    title: `${name} (${t.feeds[format]})`,
    type: FEED_MEDIA_TYPES[format],
  }));
}
