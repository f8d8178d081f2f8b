/** Unit tests of the search helpers: facets, URL state, excerpts, HTML preparation, and indexing failures. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitmentIdsOfPost, searchFacets } from '../../src/lib/search-facets';
import { hasSearch, readSearchState, searchFilters, searchQueryString } from '../../src/lib/search-state';
import { excerptParts } from '../../src/lib/search-excerpt';
import { separateBlocks, urlOfHtmlFile } from '../../src/lib/search-html';
import { fillTemplate, resultsMessage } from '../../src/lib/search-messages';
import { strings } from '../../src/i18n/ui';
import { isPrefixGuess, matchedWords, neededStart, queryTerms } from '../../src/lib/search-match';
import { indexSite, type PagefindApi } from '../../src/integrations/pagefind';

const KINDS = ['statements', 'progress', 'webinars', 'routing', 'audits', 'guides'];

describe('search facets of a post', () => {
  it('records kind, year in the site time zone, tags and commitments as filters; title, date, kind and summary as metadata', () => {
    const facets = searchFacets({
      kind: 'progress',
      kindLabel: 'Progress update',
      title: 'Week 1',
      summary: 'Short, with a comma: and a colon.',
      published: new Date('2026-12-31T23:30:00-08:00'),
      tags: ['defaults', 'defaults', 'e2ee'],
      commitments: ['Safer defaults', 'Real end-to-end encryption', 'Safer defaults'],
      timeZone: 'UTC',
    });
    expect(facets.filters).toEqual({
      kind: ['progress'],
      year: ['2027'],
      tag: ['defaults', 'e2ee'],
      commitment: ['Safer defaults', 'Real end-to-end encryption'],
    });
    expect(facets.meta).toEqual({
      title: 'Week 1',
      date: '2027-01-01T07:30:00.000Z',
      kind: 'Progress update',
      summary: 'Short, with a comma: and a colon.',
    });
    expect(facets.sort).toEqual({ date: '2027-01-01T07:30:00.000Z' });
  });

  it('leaves out empty tag and commitment filters', () => {
    const facets = searchFacets({
      kind: 'guides',
      kindLabel: 'Guide',
      title: 'G',
      summary: 'S',
      published: new Date('2026-09-20T16:00:00Z'),
      tags: [],
      commitments: [],
      timeZone: 'America/Los_Angeles',
    });
    expect(Object.keys(facets.filters)).toEqual(['kind', 'year']);
  });

  it('finds the commitments a post updates, is asked about, has findings for, or links in its body', () => {
    const ids = commitmentIdsOfPost(
      {
        updates: [{ commitment: 'bug-bounty' }],
        questions: [{ commitment: 'e2ee' }, {}],
        findings: [{ commitment: 'safer-defaults' }, { commitment: 'bug-bounty' }],
      },
      'See <CommitmentLink id="advisory-board" /> and <CommitmentLink  id=\'routing\'/> and <CommitmentLink id={"e2ee"} />. Not <Commitment id="x" />.',
    );
    expect(ids).toEqual(['bug-bounty', 'e2ee', 'safer-defaults', 'advisory-board', 'routing']);
    expect(commitmentIdsOfPost({})).toEqual([]);
  });
});

describe('search state in the address bar', () => {
  it('reads words, kind, year and order, dropping values it does not know', () => {
    expect(readSearchState('?q=+waiting%20rooms+&kind=webinars&year=2026&sort=date', KINDS)).toEqual({
      q: 'waiting rooms',
      kind: 'webinars',
      year: '2026',
      sort: 'date',
    });
    expect(readSearchState('?kind=blog&year=26&sort=oldest', KINDS)).toEqual({ q: '', kind: '', year: '', sort: '' });
    expect(readSearchState('', KINDS)).toEqual({ q: '', kind: '', year: '', sort: '' });
  });

  it('writes only what is set, so a search is a short shareable link', () => {
    expect(searchQueryString({ q: 'bug bounty & more', kind: '', year: '', sort: '' })).toBe('?q=bug+bounty+%26+more');
    expect(searchQueryString({ q: 'x', kind: 'audits', year: '2026', sort: 'date' })).toBe('?q=x&kind=audits&year=2026&sort=date');
    expect(searchQueryString({ q: '', kind: '', year: '', sort: '' })).toBe('');
    const round = readSearchState(searchQueryString({ q: 'naïve “café”', kind: 'guides', year: '', sort: '' }), KINDS);
    expect(round.q).toBe('naïve “café”');
  });

  it('turns kind and year into Pagefind filters and knows when there is nothing to search', () => {
    expect(searchFilters({ q: 'x', kind: 'routing', year: '2026', sort: '' })).toEqual({ kind: 'routing', year: '2026' });
    expect(searchFilters({ q: 'x', kind: '', year: '', sort: 'date' })).toEqual({});
    expect(hasSearch({ q: '', kind: '', year: '', sort: 'date' })).toBe(false);
    expect(hasSearch({ q: '', kind: 'audits', year: '', sort: '' })).toBe(true);
  });
});

describe('excerpts', () => {
  it('splits Pagefind excerpts into plain and highlighted text, decoding what Pagefind escapes', () => {
    expect(excerptParts('Ampersands & <mark>&lt;angle</mark> brackets&gt; & <mark>"quotes"</mark> end')).toEqual([
      { text: 'Ampersands & ', mark: false },
      { text: '<angle', mark: true },
      { text: ' brackets> & ', mark: false },
      { text: '"quotes"', mark: true },
      { text: ' end', mark: false },
    ]);
  });

  it('never lets other markup through', () => {
    const parts = excerptParts('a <img src=x onerror=alert(1)> b <mark>c</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('a  b c');
  });
});

describe('telling a real match from Pagefind cutting a word back to a short prefix', () => {
  it('splits queries and matched words the same way, without case or accents', () => {
    expect(queryTerms('  Café, end-to-end  WAITING ')).toEqual(['cafe', 'end', 'to', 'end', 'waiting']);
    expect(matchedWords('We are sorry. The café is end-to-end: marmalunk.', [4, 5, 6, 7])).toEqual(['cafe', 'is', 'end', 'to', 'end', 'marmalunk']);
    expect(matchedWords('one two', [9])).toEqual([]);
  });

  it('needs all of a short word and at least 40% (and 3 letters) of a long one', () => {
    expect(neededStart('a')).toBe(1);
    expect(neededStart('ark')).toBe(3);
    expect(neededStart('running')).toBe(3);
    expect(neededStart('analytics')).toBe(4);
    expect(neededStart('subscription')).toBe(5);
  });

  it('calls "analytics" matched by "a" a guess, but keeps stems, half-typed words and near misses', () => {
    expect(isPrefixGuess(['analytics'], ['a'])).toBe(true);
    expect(isPrefixGuess(['cookies'], ['c'])).toBe(true);
    expect(isPrefixGuess(['orchid'], ['or'])).toBe(true);
    expect(isPrefixGuess(['fixture', 'analytics'], ['a', 'fixture'])).toBe(true);
    expect(isPrefixGuess(['running'], ['run', 'runs'])).toBe(false);
    expect(isPrefixGuess(['marmal'], ['marmalunk'])).toBe(false);
    expect(isPrefixGuess(['marmalunx'], ['marmalunk'])).toBe(false);
    expect(isPrefixGuess(['waiting', 'rooms'], ['waiting', 'rooms'])).toBe(false);
    expect(isPrefixGuess(['anything'], [])).toBe(false);
  });
});

describe('live messages', () => {
  const messages = strings('en').searchPage;

  it('announces counts with and without words, singular and plural, and nothing found', () => {
    expect(resultsMessage(messages, 'en', 1, 'marmalunk')).toBe('1 result for “marmalunk”');
    expect(resultsMessage(messages, 'en', 1234, 'the')).toBe('1,234 results for “the”');
    expect(resultsMessage(messages, 'en', 2, '')).toBe('2 results');
    expect(resultsMessage(messages, 'en', 0, 'analytics')).toBe('Nothing found for “analytics”.');
    expect(resultsMessage(messages, 'en', 0, '')).toBe('Nothing found.');
  });

  it('fills only the placeholders it knows, and does not read placeholders inside values', () => {
    expect(fillTemplate('{n} for {query} {other}', { n: '3', query: '{n}' })).toBe('3 for {n} {other}');
  });
});

describe('HTML prepared for the indexer', () => {
  it('keeps words in adjacent cells and description terms apart', () => {
    expect(separateBlocks('<dl><dt>Auditor</dt><dd>Northgate</dd></dl><tr><th>Id</th><td>FX-1</td>\n</tr>')).toBe(
      '<dl><dt>Auditor</dt> <dd>Northgate</dd> </dl><tr><th>Id</th> <td>FX-1</td>\n</tr>',
    );
    expect(separateBlocks('<span>one</span><span>two</span>')).toBe('<span>one</span><span>two</span>');
  });

  it('gives each built file its site URL with a trailing slash', () => {
    expect(urlOfHtmlFile('index.html')).toBe('/');
    expect(urlOfHtmlFile('progress/week-1/index.html')).toBe('/progress/week-1/');
    expect(urlOfHtmlFile('404.html')).toBe('/404.html');
    expect(urlOfHtmlFile('notindex.html')).toBe('/notindex.html');
  });
});

describe('indexing failures', () => {
  const site = mkdtempSync(join(tmpdir(), 'search-site-'));
  mkdirSync(join(site, 'a'));
  writeFileSync(join(site, 'a', 'index.html'), '<html lang="en"><body><main data-pagefind-body><h1>A</h1></main></body></html>');

  /** A stand-in for Pagefind's Node API that reports the given errors at one stage. */
  function fakePagefind(stage: 'create' | 'add' | 'write', message: string) {
    const calls: string[] = [];
    const api = {
      close: async () => {
        calls.push('close');
        return null;
      },
      createIndex: async () => ({
        errors: stage === 'create' ? [message] : [],
        index: {
          addHTMLFile: async (file: { url?: string }) => {
            calls.push(`add ${file.url}`);
            return { errors: stage === 'add' ? [message] : [], file: { uniqueWords: 1, url: file.url ?? '', meta: {} } };
          },
          writeFiles: async () => ({ errors: stage === 'write' ? [message] : [], outputPath: join(site, 'pagefind') }),
        },
      }),
    } as unknown as PagefindApi;
    return { api, calls };
  }

  for (const stage of ['create', 'add', 'write'] as const) {
    it(`fails with Pagefind's own message when it reports an error (${stage}) and stops the indexer`, async () => {
      const logged: string[] = [];
      const logger = { info: () => {}, error: (m: string) => logged.push(m) };
      const { api, calls } = fakePagefind(stage, `Pagefind said no at ${stage}`);
      await expect(indexSite(site, logger, api)).rejects.toThrow(`Pagefind said no at ${stage}`);
      expect(logged.join('\n')).toContain(`Pagefind said no at ${stage}`);
      expect(calls.at(-1)).toBe('close');
    });
  }

  it('hands every page to Pagefind under its site URL', async () => {
    const { api, calls } = fakePagefind('write', 'stop here');
    await expect(indexSite(site, undefined, api)).rejects.toThrow('stop here');
    expect(calls).toContain('add /a/');
  });
});
