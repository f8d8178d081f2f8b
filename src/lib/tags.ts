/** Tag counting for topic pages, and a topic's name in a reader's language. */

/** Each tag with the number of posts that carry it, most used first, then alphabetically. */
export function countTags(tagLists: readonly (readonly string[])[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of new Set(tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A topic's name as a page shows it. */
export interface TopicName {
  /** The name in the page's language, or the tag's slug when it has no translation. */
  name: string;
  /** The language to mark the name with (the slug shown on a page in another language), else undefined. */
  lang?: string;
}

/**
 * A topic's name on a page: its label from `labels` (the page language's table of
 * src/i18n), else the slug itself, marked as `fallbackLang` (the main language's code on a
 * page in another language, undefined on a page in the main language).
 */
export function topicName(tag: string, labels: Readonly<Record<string, string>>, fallbackLang: string | undefined): TopicName {
  const label = Object.hasOwn(labels, tag) ? labels[tag] : undefined;
  return label ? { name: label } : { name: tag, lang: fallbackLang };
}
