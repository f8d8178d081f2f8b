/**
 * Pagefind has no "no results" for a word it does not know: it retries with shorter and
 * shorter prefixes of the word until one is in the index (its "backtracking", which has no
 * option to turn off in 1.6). So "analytics", found nowhere, returns every page with the
 * word "a". That helps with a half-typed word ("marmal" finds "marmalunk"), but a reader
 * asking about analytics must be told plainly that nothing was found.
 *
 * Pagefind picks one prefix per query word for the whole index, so one result shows how far
 * it went: if the words it matched in the best result share too short a start with a query
 * word, every result is a guess of that kind and the page reports nothing found.
 */

/** Lower case, without accents, so "Café" and "cafe" compare equal, as in Pagefind. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query as Pagefind matches them: letters and digits, lower case, no accents. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words at Pagefind's match locations in a result's content, split like query words. */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/);
  return locations.flatMap((at) => queryTerms(words[at] ?? ''));
}

/** Length of the common start of two words. */
function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * How much of a query word must be matched: all of a short word; of a longer one at least
 * 3 letters and 40% ("running" still finds "run", its stem; "analytics" does not find "a").
 */
export function neededStart(term: string): number {
  return Math.min(term.length, Math.max(3, Math.ceil(term.length * 0.4)));
}

/**
 * True when Pagefind cut some query word back too far to match this result: no matched
 * word starts with enough of it. With no locations (a match in metadata only) it trusts Pagefind.
 */
export function isPrefixGuess(terms: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return false;
  return terms.some((term) => Math.max(0, ...words.map((w) => commonStart(term, w))) < neededStart(term));
}
