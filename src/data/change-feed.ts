/** The items of the changes feed (/changes/rss.xml): one per change to published content, newest first. */
import { strings, translationVersionName } from '../i18n/ui';
import { changeHtml } from '../lib/change-html';
import { describeField } from '../lib/changes';
import type { FeedItem } from '../lib/feed-item';
import { site } from '../site.config';
import { allChanges } from './changes';
import { siteUrl } from './site-links';

const t = strings(site.lang);

/** Every change as a feed item, newest first, the latest feedLimit of them. */
export async function changeFeedItems(): Promise<FeedItem[]> {
  const fields = { added: t.record.fieldAdded, removed: t.record.fieldRemoved, empty: t.record.fieldEmpty };
  return (await allChanges()).slice(0, site.feedLimit).map((e) => {
    const url = siteUrl(`${e.pagePath}#${e.anchor}`);
    const summary = [
      e.version.minor ? `${t.record.minor}.` : '',
      ...e.change.fields.map((f) => `${describeField(f, fields)}.`),
      e.change.text.length > 0 ? `${t.record.wordCounts(e.change.wordsAdded, e.change.wordsRemoved)}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const label = e.lang ? `${e.label} (${translationVersionName(site.lang, e.lang)})` : e.label;
    return {
      id: url,
      url,
      title: `${label}: ${e.version.subject}${e.version.minor ? ` (${t.record.minor})` : ''}`,
      summary,
      contentHtml: changeHtml(
        e.change,
        { inserted: t.record.inserted, deleted: t.record.deleted, gap: t.record.gap, fields },
        e.lang ? { text: e.lang, words: site.lang } : undefined,
      ),
      published: e.version.date,
      modified: e.version.date,
      categories: ['changes', e.kind, ...(e.lang ? ['translation', e.lang] : [])],
      authors: [],
    };
  });
}
