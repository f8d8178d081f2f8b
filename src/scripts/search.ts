/**
 * The search page's script: loads Pagefind from this site (base-path aware), searches as
 * the reader types, keeps the address bar in step with history.replaceState, and draws
 * results from text nodes and <mark> elements only (no HTML parsing, no inline styles),
 * so it runs under the site's strict Content Security Policy.
 */
import { formatDate } from '../lib/dates';
import { excerptParts } from '../lib/search-excerpt';
import { isPrefixGuess, matchedWords, queryTerms } from '../lib/search-match';
import { resultsMessage, type SearchMessages } from '../lib/search-messages';
import { hasSearch, readSearchState, searchFilters, searchQueryString, type SearchState } from '../lib/search-state';

/** The data Pagefind gives for one result (the fields this page uses). */
interface PagefindFragment {
  url: string;
  content: string;
  locations: number[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One search result before its data is loaded. */
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindFragment>;
}

/** Pagefind's browser API (pagefind.js), as far as this page uses it. */
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results drawn per page; "Show more" draws the next ones. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching. */
const TYPING_PAUSE_MS = 150;

/** Wires up the search page; does nothing on a page without [data-search-root]. */
export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  const base = root.dataset.base ?? '/';
  const lang = root.dataset.lang ?? 'en';
  const timeZone = root.dataset.timeZone ?? 'UTC';
  const kinds = (root.dataset.kinds ?? '').split(' ').filter(Boolean);
  const t = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;

  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-q')!;
  const selects = {
    kind: root.querySelector<HTMLSelectElement>('#search-kind')!,
    year: root.querySelector<HTMLSelectElement>('#search-year')!,
    sort: root.querySelector<HTMLSelectElement>('#search-sort')!,
  };
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('.search-list')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  const none = root.querySelector<HTMLElement>('[data-search-none]')!;
  const notice = (name: string) => root.querySelector<HTMLElement>(`[data-search-notice="${name}"]`)!;

  let state = readSearchState(location.search, kinds);
  input.value = state.q;
  selects.kind.value = state.kind;
  if (selects.year.querySelector(`option[value="${state.year}"]`)) selects.year.value = state.year;
  else state = { ...state, year: '' };
  selects.sort.value = state.sort;

  status.textContent = t.loading;
  let pagefind: PagefindModule;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    // No worker: searching on the main thread saves fetching pagefind-worker.js (43 KB) on the
    // first query, and the index is small enough that the page stays responsive.
    await pagefind.options({ baseUrl: base, excerptLength: 28, noWorker: true });
    await pagefind.init();
  } catch {
    status.textContent = '';
    notice(import.meta.env.DEV ? 'dev-no-index' : 'unavailable').hidden = false;
    return;
  }
  if (import.meta.env.DEV) notice('dev-last-build').hidden = false;

  let generation = 0;
  let pending: PagefindResult[] = [];
  const loaded = new WeakMap<PagefindResult, Promise<PagefindFragment>>();
  const load = (result: PagefindResult): Promise<PagefindFragment> => {
    let fragment = loaded.get(result);
    if (!fragment) loaded.set(result, (fragment = result.data()));
    return fragment;
  };

  const readControls = (): SearchState => ({
    q: input.value.trim(),
    kind: selects.kind.value,
    year: selects.year.value,
    sort: selects.sort.value === 'date' ? 'date' : '',
  });

  const drawPage = async (mine: number, focusFirst: boolean) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const fragments = await Promise.all(batch.map(load));
    if (mine !== generation) return;
    const items = fragments.map((f) => resultItem(f, lang, timeZone));
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const run = async () => {
    const mine = ++generation;
    state = readControls();
    const query = searchQueryString(state);
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    if (!hasSearch(state)) {
      list.replaceChildren();
      none.hidden = true;
      more.hidden = true;
      status.textContent = t.prompt;
      return;
    }
    // With no words there is no relevance to rank by: list newest first.
    const sort = state.sort === 'date' || !state.q ? { date: 'desc' as const } : undefined;
    const search = await pagefind.search(state.q || null, { filters: searchFilters(state), sort });
    if (mine !== generation || !search) return;
    pending = search.results;
    // Pagefind answers an unknown word with pages matching a short prefix of it ("a" for
    // "analytics"); when the best result is such a guess, so are all the others.
    const best = pending[0];
    if (best && state.q) {
      const top = await load(best);
      if (mine !== generation) return;
      if (isPrefixGuess(queryTerms(state.q), matchedWords(top.content, top.locations))) pending = [];
    }
    const total = pending.length;
    list.replaceChildren();
    await drawPage(mine, false);
    if (mine !== generation) return;
    none.hidden = total > 0;
    status.textContent = resultsMessage(t, lang, total, state.q);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  for (const select of Object.values(selects)) select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void drawPage(generation, true));

  await run();
}

/** One result: kind and date, linked title, excerpt with the matched words marked. */
function resultItem(fragment: PagefindFragment, lang: string, timeZone: string): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = fragment.url;
  link.textContent = fragment.meta.title ?? fragment.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-meta';
  meta.append(fragment.meta.kind ?? '');
  const date = fragment.meta.date ? new Date(fragment.meta.date) : undefined;
  if (date && !Number.isNaN(date.getTime())) {
    const time = document.createElement('time');
    time.dateTime = date.toISOString();
    time.textContent = formatDate(date, lang, timeZone);
    meta.append(' · ', time);
  }

  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  for (const part of excerptParts(fragment.excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(meta, heading, excerpt);
  return item;
}
