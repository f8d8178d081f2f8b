/**
 * The search page's state as it lives in the address bar (?q=…&kind=…&year=…&sort=date),
 * so that a search is a shareable link. Shared by the page script and its tests.
 */

/** What the reader asked for. */
export interface SearchState {
  /** The words typed, trimmed of surrounding space. */
  q: string;
  /** Kind id to narrow to, or "" for every kind. */
  kind: string;
  /** Year ("2026") to narrow to, or "" for every year. */
  year: string;
  /** "date" for newest first, "" for best match. */
  sort: '' | 'date';
}

/** Reads the state from a query string ("?q=…"); unknown kinds and malformed years are dropped. */
export function readSearchState(search: string, kinds: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') ?? '';
  const year = params.get('year') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    kind: kinds.includes(kind) ? kind : '',
    year: /^\d{4}$/.test(year) ? year : '',
    sort: params.get('sort') === 'date' ? 'date' : '',
  };
}

/** The query string for a state ("?q=waiting+rooms&kind=progress"), or "" when there is nothing to keep. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kind) params.set('kind', state.kind);
  if (state.year) params.set('year', state.year);
  if (state.sort) params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The Pagefind filters for a state ({ kind: "progress", year: "2026" }). */
export function searchFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.kind) filters.kind = state.kind;
  if (state.year) filters.year = state.year;
  return filters;
}

/** True when the state asks for any results at all (words or a filter). */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || state.kind !== '' || state.year !== '';
}
