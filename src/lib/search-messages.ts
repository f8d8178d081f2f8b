/**
 * The search page's live messages ("3 results for “x”"), filled in the browser from
 * templates the page hands over (from i18n/ui.ts), so the script ships no dictionary.
 */

/** The templates the search script needs. */
export interface SearchMessages {
  /** Shown while Pagefind loads. */
  loading: string;
  /** Shown when there is nothing to search for. */
  prompt: string;
  /** Result count with the query, by plural category ("one", "other", …); {n} and {query}. */
  countFor: Record<string, string>;
  /** Result count without a query (filters only), by plural category; {n}. */
  count: Record<string, string>;
  /** Nothing found for a query; {query}. */
  noneFor: string;
  /** Nothing found, without a query. */
  none: string;
}

/** Replaces {name} placeholders with values; unknown placeholders stay as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The message announcing `n` results for `query` ("" when only filters are set). */
export function resultsMessage(messages: SearchMessages, lang: string, n: number, query: string): string {
  if (n === 0) return query ? fillTemplate(messages.noneFor, { query }) : messages.none;
  const forms = query ? messages.countFor : messages.count;
  const category = new Intl.PluralRules(lang).select(n);
  const template = forms[category] ?? forms.other ?? '{n}';
  return fillTemplate(template, { n: new Intl.NumberFormat(lang).format(n), query });
}
