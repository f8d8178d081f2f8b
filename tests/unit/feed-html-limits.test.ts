/**
 * cleanFeedHtml and absolutizeUrl (src/lib/feed-html.ts) on the cases its first mutation run
 * found untested: empty and blank addresses, an image address with a comma, an address that
 * cannot be parsed, links nested in heading links, an href on an element that is not a link.
 */
import { describe, expect, it } from 'vitest';
import { absolutizeUrl, cleanFeedHtml } from '../../src/lib/feed-html';

const context = { pageUrl: 'https://trust.example.com/trust/progress/week-1/', base: '/trust/' };

describe('absolutizeUrl', () => {
  it('gives the page itself for an empty or blank address, and trims the others', () => {
    expect(absolutizeUrl('', context)).toBe('https://trust.example.com/trust/progress/week-1/');
    expect(absolutizeUrl(' \t ', context)).toBe('https://trust.example.com/trust/progress/week-1/');
    expect(absolutizeUrl(' /plan/ ', context)).toBe('https://trust.example.com/trust/plan/');
  });
});

describe('cleanFeedHtml', () => {
  it('reads an image address with a comma as one address, not as a srcset', () => {
    expect(cleanFeedHtml('<p><img src="/a.png?q=1, https://t.example/p.gif" alt="x"></p>', context)).toBe(
      '<p><img src="https://trust.example.com/trust/a.png?q=1,%20https://t.example/p.gif" alt="x" /></p>',
    );
  });

  it('removes an image whose address cannot be parsed', () => {
    expect(cleanFeedHtml('<p>a<img src="http://[bad" alt="">b</p>', context)).toBe('<p>ab</p>');
  });

  it('unwraps a heading link around a nested heading, and removes a link that is part of a heading', () => {
    expect(cleanFeedHtml('<h2><a href="#x">A<h3>B</h3></a></h2>', context)).toBe('<h2>A<h3>B</h3></h2>');
    expect(cleanFeedHtml('<h2>A <a href="#x">B <a href="#y">C</a></a></h2>', context)).toBe('<h2>A </h2>');
    expect(cleanFeedHtml('<h2>A<h3><a href="#x">B</a></h3>C</h2>', context)).toBe('<h2>A<h3></h3>C</h2>');
  });

  it('keeps an element in a heading that has an href but is not a link, without the href', () => {
    expect(cleanFeedHtml('<h2>Title <span href="#x">s &amp; t</span></h2>', context)).toBe('<h2>Title <span>s &amp; t</span></h2>');
  });
});
