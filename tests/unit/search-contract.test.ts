/**
 * Search helpers at their boundaries: the year of a post in a zone whose offset changes the
 * year (not only in UTC), every entity Pagefind may escape, the 40% rule around its limits,
 * plural forms beyond English, and every closing tag the indexer separates.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/search-excerpt';
import { commitmentIdsOfPost, searchFacets } from '../../src/lib/search-facets';
import { separateBlocks, urlOfHtmlFile } from '../../src/lib/search-html';
import { isPrefixGuess, matchedWords, neededStart, queryTerms } from '../../src/lib/search-match';
import { fillTemplate, resultsMessage, type SearchMessages } from '../../src/lib/search-messages';
import { hasSearch, readSearchState, searchFilters, searchQueryString } from '../../src/lib/search-state';

describe('the year of a post', () => {
  const post = { kind: 'progress', kindLabel: 'Progress update', title: 'T', summary: 'S', tags: [], commitments: [] };

  it('is the year in the site zone, on either side of New Year in UTC', () => {
    // 07:30 UTC on 1 January 2027 is still 31 December 2026 in Los Angeles.
    const newYearUtc = new Date('2027-01-01T07:30:00Z');
    expect(searchFacets({ ...post, published: newYearUtc, timeZone: 'America/Los_Angeles' }).filters.year).toEqual(['2026']);
    expect(searchFacets({ ...post, published: newYearUtc, timeZone: 'UTC' }).filters.year).toEqual(['2027']);
    // 20:00 UTC on 31 December 2026 is already 2027 in Tokyo.
    const eveUtc = new Date('2026-12-31T20:00:00Z');
    expect(searchFacets({ ...post, published: eveUtc, timeZone: 'Asia/Tokyo' }).filters.year).toEqual(['2027']);
    expect(searchFacets({ ...post, published: eveUtc, timeZone: 'UTC' }).filters.year).toEqual(['2026']);
  });

  it('gives the whole facets record, with the date in UTC whatever the zone', () => {
    expect(searchFacets({ ...post, published: new Date('2027-01-01T07:30:00Z'), timeZone: 'America/Los_Angeles', tags: ['a'], commitments: ['C'] })).toEqual({
      filters: { kind: ['progress'], year: ['2026'], tag: ['a'], commitment: ['C'] },
      meta: { title: 'T', date: '2027-01-01T07:30:00.000Z', kind: 'Progress update', summary: 'S' },
      sort: { date: '2027-01-01T07:30:00.000Z' },
    });
  });
});

describe('commitment ids of a post', () => {
  it('reads CommitmentLink ids in every quoting, with other attributes first, once each', () => {
    expect(
      commitmentIdsOfPost({}, '<CommitmentLink label="x" id="a" /><CommitmentLink\nid = \'b\'/><CommitmentLink id={ \'c\' } /><CommitmentLink id="a" />'),
    ).toEqual(['a', 'b', 'c']);
  });

  it('ignores ids that are missing or empty, and other components', () => {
    expect(
      commitmentIdsOfPost({ updates: [{ commitment: '' }], findings: [{}] }, '<CommitmentLink id="" /><CommitmentLinks id="z" /><Commitment id="y" />'),
    ).toEqual([]);
    // data-id is another attribute: only id names the commitment.
    expect(commitmentIdsOfPost({}, '<CommitmentLink data-id="x" /><CommitmentLink data-id="y" id="b" /><CommitmentLink\tid="c" />')).toEqual(['b', 'c']);
  });
});

describe('excerpts', () => {
  it('decodes every entity Pagefind writes, and leaves unknown ones', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &apos; &#39; &#x27; &nbsp; &amp;lt;')).toBe("& < > \" ' ' ' &nbsp; &lt;");
  });

  it('drops empty pieces and keeps marks open across other tags', () => {
    expect(excerptParts('<mark></mark><mark>a<b>b</b></mark><i></i>c')).toEqual([
      { text: 'ab', mark: true },
      { text: 'c', mark: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('prefix guesses', () => {
  it('needs the whole word up to 3 letters, then 3, then 40% rounded up', () => {
    expect(['ab', 'abcd', 'abcdefg', 'abcdefgh', 'abcdefghij', 'abcdefghijk'].map(neededStart)).toEqual([2, 3, 3, 4, 4, 5]);
  });

  it('accepts a match of exactly the needed length and refuses one letter less', () => {
    // "analytics" needs 4 letters.
    expect(isPrefixGuess(['analytics'], ['anal'])).toBe(false);
    expect(isPrefixGuess(['analytics'], ['ana'])).toBe(true);
    // The best matched word counts, wherever it is in the list.
    expect(isPrefixGuess(['analytics'], ['x', 'analyst', 'a'])).toBe(false);
  });

  it('splits on every non-letter, non-digit, keeping digits and letters of any script', () => {
    expect(queryTerms('Straße_2026/Ωmega-ÉTÉ')).toEqual(['straße', '2026', 'ωmega', 'ete']);
    expect(queryTerms('  ')).toEqual([]);
    expect(matchedWords('a  b\tc\nd', [0, 1, 2, 3])).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('messages', () => {
  const messages: SearchMessages = {
    loading: 'L',
    prompt: 'P',
    countFor: { one: '{n} hit for {query}', few: '{n} hity for {query}', other: '{n} hits for {query}' },
    count: { other: '{n} hits' },
    noneFor: 'None for {query}',
    none: 'None',
  };

  it('picks the plural form of the language, falling back to "other"', () => {
    expect(resultsMessage(messages, 'pl', 3, 'q')).toBe('3 hity for q');
    expect(resultsMessage(messages, 'pl', 1, 'q')).toBe('1 hit for q');
    expect(resultsMessage(messages, 'en', 1, '')).toBe('1 hits');
    expect(resultsMessage(messages, 'de', 1234, 'q')).toBe('1.234 hits for q');
  });

  it('writes the bare number when no form fits', () => {
    expect(resultsMessage({ ...messages, count: {} }, 'en', 7, '')).toBe('7');
  });

  it('fills every occurrence of a placeholder', () => {
    expect(fillTemplate('{a}-{a}-{b_2}', { a: 'x', b_2: 'y' })).toBe('x-x-y');
  });
});

describe('search state', () => {
  it('keeps only a four-digit year and a known kind', () => {
    expect(readSearchState('?year=20260&kind=progress', ['progress'])).toEqual({ q: '', kind: 'progress', year: '', sort: '' });
    expect(readSearchState('?year=2026', [])).toEqual({ q: '', kind: '', year: '2026', sort: '' });
  });

  it('writes each part alone, and filters and flags each alone', () => {
    expect(searchQueryString({ q: '', kind: 'audits', year: '', sort: '' })).toBe('?kind=audits');
    expect(searchQueryString({ q: '', kind: '', year: '2026', sort: '' })).toBe('?year=2026');
    expect(searchQueryString({ q: '', kind: '', year: '', sort: 'date' })).toBe('?sort=date');
    expect(searchFilters({ q: '', kind: '', year: '2026', sort: '' })).toEqual({ year: '2026' });
    expect(hasSearch({ q: 'x', kind: '', year: '', sort: '' })).toBe(true);
    expect(hasSearch({ q: '', kind: '', year: '2026', sort: '' })).toBe(true);
  });
});

describe('HTML for the indexer', () => {
  it('separates every listed closing tag, in any case, and nothing already followed by space', () => {
    expect(
      separateBlocks('<th>a</th><td>b</td><dt>c</dt><dd>d</dd><caption>e</caption><figcaption>f</figcaption><summary>g</summary><li>h</li><LI>i</LI>'),
    ).toBe('<th>a</th> <td>b</td> <dt>c</dt> <dd>d</dd> <caption>e</caption> <figcaption>f</figcaption> <summary>g</summary> <li>h</li> <LI>i</LI> ');
    expect(separateBlocks('<td>a</td>\t<td>b</td> ')).toBe('<td>a</td>\t<td>b</td> ');
    expect(separateBlocks('<p>a</p><div>b</div>')).toBe('<p>a</p><div>b</div>');
  });

  it('maps Windows paths and leading slashes to site URLs', () => {
    expect(urlOfHtmlFile('progress\\week-1\\index.html')).toBe('/progress/week-1/');
    expect(urlOfHtmlFile('//a/index.html')).toBe('/a/');
    expect(urlOfHtmlFile('a/myindex.html')).toBe('/a/myindex.html');
  });
});

describe('HTML file names', () => {
  it('maps only a final index.html to its folder', () => {
    expect(urlOfHtmlFile('a/index.html.bak')).toBe('/a/index.html.bak');
  });
});
