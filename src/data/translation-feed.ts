/**
 * The feed of one language other than the main one (/es/rss.xml): every translated post in
 * that language, newest first, in full (the translated words, and the original's facts with
 * labels in that language), through the same channel and cleaning as the other feeds.
 */
import { getEntry } from 'astro:content';
import PostContent from '../components/post/PostContent.astro';
import { strings } from '../i18n/ui';
import { stripXmlInvalid } from '../lib/feed-html';
import { itemCategories, lastModified, renderingFile, type FeedChannel, type FeedItem } from '../lib/feed-item';
import { site } from '../site.config';
import { feedChannel } from './feed-items';
import { outputWriter } from './output-writer';
import { getContainer } from './post-body';
import { inLanguage, routes, siteUrl } from './site-links';
import { getTranslations, renderTranslationBody, type Translation } from './translations';

/** The feed item of one translation (uncached). */
async function buildTranslationItem(translation: Translation): Promise<FeedItem> {
  const { original, entry } = translation;
  const data = original.entry.data;
  const url = siteUrl(translation.path);
  const html = await renderingFile(entry.filePath ?? translation.path, 'the feeds', async () => {
    const container = await getContainer();
    return container.renderToString(PostContent, {
      props: { post: original, bodyHtml: await renderTranslationBody(translation) },
      // The page's address gives the components their language (data/site-links.ts, pageLanguage).
      request: new Request(url),
    });
  });
  const author = await getEntry('people', data.author);
  return {
    id: url,
    url,
    title: stripXmlInvalid(entry.data.title),
    summary: stripXmlInvalid(entry.data.summary),
    contentHtml: await outputWriter.cleanFeedHtml(html, { pageUrl: url, base: site.base, mediaOrigins: site.mediaOrigins }),
    published: data.published,
    modified: lastModified(data),
    categories: itemCategories(original.kind, data.tags),
    authors: author ? [author.data.name] : [],
  };
}

const items = new Map<string, Promise<FeedItem>>();

/** The feed item of one translation, rendered once per build and shared by its feeds and its email. */
export function translationFeedItem(translation: Translation): Promise<FeedItem> {
  let item = items.get(translation.path);
  if (!item) {
    item = buildTranslationItem(translation);
    items.set(translation.path, item);
  }
  return item;
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
