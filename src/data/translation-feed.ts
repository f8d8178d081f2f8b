/**
 * The feed of one language other than the main one (/es/rss.xml): every translated post in
 * that language, newest first, in full (the translated words, and the original's facts with
 * labels in that language), through the same channel and cleaning as the other feeds.
 */
import { strings } from '../i18n/ui';
import type { FeedChannel, FeedItem } from '../lib/feed-item';
import { site } from '../site.config';
import { feedChannel, feedItemOnce, postPageItem } from './feed-items';
import { inLanguage, routes, siteUrl } from './site-links';
import { getTranslations, renderTranslationBody, type Translation } from './translations';

/** The feed item of one translation (uncached): the translated words, with the original's facts. */
function buildTranslationItem(translation: Translation): Promise<FeedItem> {
  return postPageItem({
    post: translation.original,
    url: siteUrl(translation.path),
    words: translation.entry.data,
    file: translation.entry.filePath ?? translation.path,
    bodyHtml: () => renderTranslationBody(translation),
    localized: true,
  });
}

/** The feed item of one translation, rendered once per build and shared by its feeds and its email. */
export function translationFeedItem(translation: Translation): Promise<FeedItem> {
  return feedItemOnce(translation.path, () => buildTranslationItem(translation));
}

/** Every translated post in `lang`, newest first, as feed items. */
export async function languageFeedItems(lang: string): Promise<FeedItem[]> {
  const translations = (await getTranslations()).filter((t) => t.lang === lang);
  return Promise.all(translations.map(translationFeedItem));
}

/** The channel of the feeds in `lang` (RSS at /<lang>/rss.xml, Atom at /<lang>/atom.xml, JSON Feed at /<lang>/feed.json), in that language. */
export function languageChannel(lang: string, format: keyof typeof routes.siteFeed = 'rss'): FeedChannel {
  const t = strings(lang);
  return {
    ...feedChannel({
      title: t.translation.feedTitle(site.title),
      description: t.translation.feedDescription,
      homePath: inLanguage(lang, routes.home),
      feedPath: inLanguage(lang, routes.siteFeed[format]),
    }),
    lang,
  };
}
