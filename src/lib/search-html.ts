/**
 * Prepares built HTML for the search indexer. Pagefind separates words at paragraph-like
 * elements but not at table header cells or description-list terms, and Astro's output
 * has no whitespace between tags, so "<dt>Auditor</dt><dd>Northgate</dd>" would be
 * indexed as the one word "AuditorNorthgate". A space after such closing tags keeps the
 * words apart; it changes nothing a reader sees (the index is built from a copy).
 */

const CELL_END = /<\/(th|td|dt|dd|caption|figcaption|summary|li)>(?!\s)/gi;

/** Adds a space after closing tags of cells and list items that are not followed by whitespace. */
export function separateBlocks(html: string): string {
  return html.replace(CELL_END, '</$1> ');
}

/** The site URL of a built HTML file ("progress/week-1/index.html" → "/progress/week-1/"). */
export function urlOfHtmlFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/').replace(/^\/+/, '');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
