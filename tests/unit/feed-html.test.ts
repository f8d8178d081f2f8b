/** Cleaning rendered post HTML for feed readers (src/lib/feed-html.ts). */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { absolutizeSrcset, absolutizeUrl, cleanFeedHtml, stripXmlInvalid } from '../../src/lib/feed-html';

const atRoot = { pageUrl: 'https://trust.example/progress/week-2/', base: '/' };
const underBase = { pageUrl: 'https://trust.example/trust/progress/week-2/', base: '/trust/' };

describe('absolutizeUrl', () => {
  it('resolves relative paths and fragments against the page', () => {
    expect(absolutizeUrl('../week-1/', atRoot)).toBe('https://trust.example/progress/week-1/');
    expect(absolutizeUrl('chart.png', atRoot)).toBe('https://trust.example/progress/week-2/chart.png');
    expect(absolutizeUrl('#question-1', underBase)).toBe('https://trust.example/trust/progress/week-2/#question-1');
    expect(absolutizeUrl('?page=2', atRoot)).toBe('https://trust.example/progress/week-2/?page=2');
  });

  it('adds the base path to a root-relative path that lacks it, and only then', () => {
    expect(absolutizeUrl('/plan/', atRoot)).toBe('https://trust.example/plan/');
    expect(absolutizeUrl('/plan/', underBase)).toBe('https://trust.example/trust/plan/');
    expect(absolutizeUrl('/trust/plan/e2ee/', underBase)).toBe('https://trust.example/trust/plan/e2ee/');
    expect(absolutizeUrl('/trust', underBase)).toBe('https://trust.example/trust');
    expect(absolutizeUrl('/trusted/', underBase)).toBe('https://trust.example/trust/trusted/');
  });

  it('leaves absolute URLs and other schemes alone', () => {
    expect(absolutizeUrl('https://video.example/x?a=1&b=2', atRoot)).toBe('https://video.example/x?a=1&b=2');
    expect(absolutizeUrl('mailto:security@brightwell.example', atRoot)).toBe('mailto:security@brightwell.example');
    expect(absolutizeUrl('//cdn.example/x.png', atRoot)).toBe('https://cdn.example/x.png');
  });

  it('makes every srcset candidate absolute and keeps descriptors', () => {
    expect(absolutizeSrcset('a.png 1x, /b.png 2x', underBase)).toBe(
      'https://trust.example/trust/progress/week-2/a.png 1x, https://trust.example/trust/b.png 2x',
    );
  });
});

describe('cleanFeedHtml', () => {
  const html = `
    <section class="panel" aria-labelledby="h"><h2 id="h" class="visually-hidden">Webinar details</h2>
      <p>Kept <a href="/plan/" data-astro-cid-x class="x" style="color:red" target="_blank">plan</a>
      <a href="../week-1/?a=1&amp;b=2" title='say "hi"'>week 1</a>
      <a href="week-3.ics" download>ics</a> <a href="javascript:alert(1)">bad</a></p>
    </section>
    <h2 id="what-moved"><a href="#what-moved">What moved</a></h2>
    <h3 id="next">Next <a class="heading-anchor" href="#next" aria-label="Link to this section">#</a></h3>
    <h3 id="other">Other <a href="#other">§</a></h3>
    <span aria-hidden="true">★</span><span class="sr-only">only for screen readers</span>
    <script>alert("x")</script><style>p { color: red }</style><noscript>no script</noscript>
    <img src="chart.png" srcset="chart.png 1x, /chart@2x.png 2x" alt="A &quot;chart&quot;" onerror="x()">
    <pre><code>a &lt; b &amp;&amp; c &gt; d</code></pre>
    <p>Tom &amp; Jerry — 🚀 — 日本語 — Ελληνικά\u0001</p>`;
  const out = cleanFeedHtml(html, underBase);
  const doc = parse(out);

  it('makes every link and image absolute under the base path', () => {
    const urls = doc.querySelectorAll('[href], [src]').map((el) => el.getAttribute('href') ?? el.getAttribute('src'));
    expect(urls).toEqual([
      'https://trust.example/trust/plan/',
      'https://trust.example/trust/progress/week-1/?a=1&b=2',
      'https://trust.example/trust/progress/week-2/week-3.ics',
      'https://trust.example/trust/progress/week-2/chart.png',
    ]);
    expect(doc.querySelector('img')!.getAttribute('srcset')).toBe(
      'https://trust.example/trust/progress/week-2/chart.png 1x, https://trust.example/trust/chart@2x.png 2x',
    );
  });

  it('drops scripts, styles, event handlers, classes, inline styles and javascript: links', () => {
    expect(out).not.toMatch(/<script|<style|<noscript|alert|onerror|class=|style=|data-astro|target=|download|javascript:/);
    expect(doc.text).toContain('bad');
  });

  it('drops screen-reader-only and hidden furniture', () => {
    expect(doc.text).not.toContain('Webinar details');
    expect(doc.text).not.toContain('only for screen readers');
    expect(doc.text).not.toContain('★');
  });

  it('removes heading anchor links but keeps the heading text', () => {
    const headings = doc.querySelectorAll('h2, h3');
    expect(headings.map((h) => h.text.trim())).toEqual(['What moved', 'Next', 'Other']);
    expect(headings.flatMap((h) => h.querySelectorAll('a'))).toHaveLength(0);
  });

  it('keeps special characters, escaped where needed, and drops characters XML forbids', () => {
    expect(out).toContain('<code>a &lt; b &amp;&amp; c &gt; d</code>');
    expect(out).toContain('Tom &amp; Jerry — 🚀 — 日本語 — Ελληνικά</p>');
    expect(out).not.toContain('\u0001');
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('A "chart"');
  });

  it('strips XML-invalid characters but keeps tabs, newlines and emoji', () => {
    expect(stripXmlInvalid('a\u0000b\u0008c\td\ne\r🚀\uFFFE\uD800')).toBe('abc\td\ne\r🚀');
  });
});

describe('cleanFeedHtml edge cases', () => {
  const clean = (html: string) => cleanFeedHtml(html, underBase);

  it('drops furniture nested inside allowed tags, with its content, links and all', () => {
    expect(clean('<p>a <span class="sr-only">x <a href="/y">y</a></span> b</p><p>after</p>')).toBe('<p>a  b</p><p>after</p>');
    expect(clean('<table><tr><td class="visually-hidden">g</td><td>k</td></tr><tr><td>k2</td></tr></table>')).toBe(
      '<table><tr><td>k</td></tr><tr><td>k2</td></tr></table>',
    );
    expect(clean('<nav class="skip-link"><a href="#main">Skip</a></nav><p class="lede sr-only-not">kept</p>')).toBe('<p>kept</p>');
  });

  it('keeps the following tags intact after dropping furniture, allowed tag or not', () => {
    // <section> is allowed; <label> and <fieldset> are not, so their content would otherwise be kept.
    expect(clean('<div><section hidden><p>gone</p></section><p>kept</p><br><em>e</em></div>')).toBe('<div><p>kept</p><br /><em>e</em></div>');
    expect(clean('<label hidden>gone <b>bold</b></label><p>kept</p><p>two</p>')).toBe('<p>kept</p><p>two</p>');
    expect(clean('<fieldset aria-hidden="true"><legend>gone</legend></fieldset><ul><li>a</li><li>b</li></ul>')).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(clean('<p hidden>x</p><img hidden src="a.png"><p>y</p>')).toBe('<p>y</p>');
  });

  it('keeps elements that are only nearly furniture', () => {
    expect(clean('<span aria-hidden="false">kept</span> <span class="not-sr-only">too</span>')).toBe('<span>kept</span> <span>too</span>');
  });

  it('drops svg, iframes, forms and templates with all the text inside them', () => {
    expect(clean('<p>icon <svg viewBox="0 0 1 1"><title>Icon title</title><text>svg text</text><path d="M0"/></svg> after</p><p>next</p>')).toBe(
      '<p>icon  after</p><p>next</p>',
    );
    expect(clean('<p>a<iframe src="x"><p>inner</p></iframe>b<object><param name=x><embed src=y></object>c</p>')).toBe('<p>abc</p>');
    expect(clean('<form><p>form text</p><button>btn</button></form><template><p>tpl</p></template><p>z</p>')).toBe('<p>z</p>');
  });

  it('keeps fragment links outside headings as links, made absolute', () => {
    expect(clean('<h2 id="q">Q</h2><p>See <a href="#q">Q</a> or <a href="#top">the top</a>.</p>')).toBe(
      '<h2>Q</h2><p>See <a href="https://trust.example/trust/progress/week-2/#q">Q</a> or ' +
        '<a href="https://trust.example/trust/progress/week-2/#top">the top</a>.</p>',
    );
  });

  it('unwraps a heading link that wraps the whole heading, keeping its markup', () => {
    expect(clean('<h2 id="x"><a href="#x">Whole heading</a></h2>')).toBe('<h2>Whole heading</h2>');
    expect(clean('<h3 lang="en"> <a href="#x"> <em>Spaced</em> </a> </h3>')).toBe('<h3 lang="en">  <em>Spaced</em>  </h3>');
    expect(clean('<h2><span class="visually-hidden">Section: </span><a href="#x">Visible</a></h2>')).toBe('<h2>Visible</h2>');
  });

  it('removes a heading anchor icon link, before or after the text', () => {
    expect(clean('<h2 id="x">Title <a href="#x">#</a></h2>')).toBe('<h2>Title </h2>');
    expect(clean('<h2 id="x"><a href="#x">#</a> Title</h2>')).toBe('<h2> Title</h2>');
    expect(clean('<h2 id="x"><a href="#x"><img src="link.png" alt=""></a>Title</h2>')).toBe('<h2>Title</h2>');
    expect(clean('<h2 id="x"><a href="#x">Part</a> of the title</h2>')).toBe('<h2> of the title</h2>');
  });

  it('keeps other links in headings, made absolute', () => {
    expect(clean('<h2><a href="/other/">Elsewhere</a></h2>')).toBe('<h2><a href="https://trust.example/trust/other/">Elsewhere</a></h2>');
  });

  it('makes every URL attribute absolute and keeps only allowed attributes', () => {
    expect(clean('<video src="v.mp4" poster="/p.png" class="x" controls></video><blockquote cite="../c/" id="q">q</blockquote>')).toBe(
      '<video src="https://trust.example/trust/progress/week-2/v.mp4" poster="https://trust.example/trust/p.png" controls></video>' +
        '<blockquote cite="https://trust.example/trust/progress/c/">q</blockquote>',
    );
    expect(clean('<picture><source srcset="/a.webp 1x, b.webp 2x" type="image/webp"></picture>')).toBe(
      '<picture><source srcset="https://trust.example/trust/a.webp 1x, https://trust.example/trust/progress/week-2/b.webp 2x" type="image/webp"></source></picture>',
    );
  });

  it('drops every element that would load something from another origin, and keeps links to other sites', () => {
    expect(
      clean(
        '<p>a<img src="https://tracker.example/p.gif" alt="">b</p>' +
          '<video src="https://cdn.example/v.mp4" controls><p>fallback</p></video>' +
          '<video src="/v.mp4" poster="//cdn.example/p.jpg"></video>' +
          '<audio src="https://cdn.example/a.mp3"></audio>' +
          '<picture><source srcset="/a.webp 1x, https://cdn.example/b.webp 2x"><img src="/a.png" alt="kept"></picture>' +
          '<img src="data:image/gif;base64,R0lGOD=" alt="">' +
          '<p><a href="https://other.example/">a link</a></p>',
      ),
    ).toBe('<p>ab</p><picture><img src="https://trust.example/trust/a.png" alt="kept" /></picture><p><a href="https://other.example/">a link</a></p>');
  });

  it('keeps media from the site and from the listed media origins', () => {
    const context = { ...underBase, mediaOrigins: ['https://media.example'] };
    expect(cleanFeedHtml('<img src="https://media.example/a.png" alt=""><img src="https://trust.example/b.png" alt="">', context)).toBe(
      '<img src="https://media.example/a.png" alt="" /><img src="https://trust.example/b.png" alt="" />',
    );
  });

  it('cleans inside preformatted blocks too', () => {
    expect(clean('<pre><code><span class="sr-only">copy</span><a href="rel">x</a> &lt;b&gt;</code></pre>')).toBe(
      '<pre><code><a href="https://trust.example/trust/progress/week-2/rel">x</a> &lt;b&gt;</code></pre>',
    );
  });
});
