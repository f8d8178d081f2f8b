/**
 * Feed HTML cleaning (src/lib/feed-html.ts), one rule at a time: every dropped element, every
 * furniture and anchor class, every kept attribute, every XML-forbidden character class, every
 * attribute that would load something from another origin, and URL edge cases.
 */
import { describe, expect, it } from 'vitest';
import { absolutizeSrcset, absolutizeUrl, cleanFeedHtml, stripXmlInvalid } from '../../src/lib/feed-html';

const page = { pageUrl: 'https://t.example/trust/p/', base: '/trust/' };
const clean = (html: string) => cleanFeedHtml(html, page);

describe('absolutizeUrl', () => {
  it('resolves an empty or blank URL to the page, and trims', () => {
    expect(absolutizeUrl('', page)).toBe('https://t.example/trust/p/');
    expect(absolutizeUrl('   ', page)).toBe('https://t.example/trust/p/');
    expect(absolutizeUrl('  a.png \n', page)).toBe('https://t.example/trust/p/a.png');
  });

  it('leaves any scheme alone, in any case, and tells a scheme from a path', () => {
    expect(absolutizeUrl('HTTPS://x.example/A', page)).toBe('HTTPS://x.example/A');
    expect(absolutizeUrl('tel:+1-555', page)).toBe('tel:+1-555');
    expect(absolutizeUrl('web+cal.x-y:z', page)).toBe('web+cal.x-y:z');
    expect(absolutizeUrl('1a:b', page)).toBe('https://t.example/trust/p/1a:b');
  });

  it('accepts a base path without its trailing slash', () => {
    expect(absolutizeUrl('/plan/', { pageUrl: 'https://t.example/trust/p/', base: '/trust' })).toBe('https://t.example/trust/plan/');
    expect(absolutizeUrl('//plan/', { pageUrl: 'https://t.example/p/', base: '/' })).toBe('https://plan/');
  });

  it('makes srcset candidates absolute, whatever the spacing, dropping empty ones', () => {
    expect(absolutizeSrcset('  a.png   1x ,, /b.png 480w , ', page)).toBe('https://t.example/trust/p/a.png 1x, https://t.example/trust/b.png 480w');
    expect(absolutizeSrcset('a.png', page)).toBe('https://t.example/trust/p/a.png');
  });
});

describe('stripXmlInvalid', () => {
  it('drops each forbidden character class and keeps the allowed neighbours', () => {
    expect(stripXmlInvalid('a\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFFb')).toBe('ab');
    expect(stripXmlInvalid('\t\n\r\u0020\u007F\uFFFD')).toBe('\t\n\r\u0020\u007F\uFFFD');
  });

  it('drops lone surrogates of either half and keeps pairs', () => {
    expect(stripXmlInvalid('a\uD800b')).toBe('ab');
    expect(stripXmlInvalid('a\uDC00b')).toBe('ab');
    expect(stripXmlInvalid('\uD83D\uDE80\uDC00\uD83D')).toBe('\uD83D\uDE80');
    expect(stripXmlInvalid('plain')).toBe('plain');
  });
});

describe('cleanFeedHtml, element by element', () => {
  it('drops each non-content element with everything inside it', () => {
    for (const tag of ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'form', 'button', 'select', 'textarea', 'svg', 'canvas']) {
      expect(clean(`<div>a<${tag}>gone</${tag}>b</div>`), tag).toBe('<div>ab</div>');
    }
    for (const tag of ['input', 'embed', 'link', 'meta']) expect(clean(`<p>a<${tag}>b</p>`), tag).toBe('<p>ab</p>');
    expect(clean('<p>a<title>gone</title>b</p>')).toBe('<p>ab</p>');
    expect(clean('<p>a<option>gone</option>b</p>')).toBe('<p>ab</p>');
  });

  it('drops each furniture and anchor class as a whole word only', () => {
    for (const name of ['visually-hidden', 'sr-only', 'skip-link', 'heading-anchor', 'anchor', 'anchor-link', 'heading-link', 'header-anchor']) {
      expect(clean(`<p>a<span class="x ${name}">gone</span>b</p>`), name).toBe('<p>ab</p>');
      expect(clean(`<p>a<span class="${name}-x">kept</span>b</p>`), name).toBe('<p>a<span>kept</span>b</p>');
      expect(clean(`<p>a<span class="x${name}">kept</span>b</p>`), name).toBe('<p>a<span>kept</span>b</p>');
    }
    expect(clean('<p>a<span class="sr-only\tx">gone</span>b</p>')).toBe('<p>ab</p>');
  });

  it('drops hidden elements and aria-hidden="true" only', () => {
    expect(clean('<p>a<span hidden="">gone</span><span aria-hidden="true">gone</span><span aria-hidden="">kept</span>b</p>')).toBe(
      '<p>a<span>kept</span>b</p>',
    );
  });

  it('keeps the allowed attributes of each tag, and lang and dir everywhere', () => {
    expect(clean('<a href="x" title="t" hreflang="de" rel="nofollow" lang="de" dir="ltr" id="i">a</a>')).toBe(
      '<a href="https://t.example/trust/p/x" title="t" hreflang="de" lang="de" dir="ltr">a</a>',
    );
    expect(clean('<img src="i.png" sizes="50vw" alt="A" title="T" width="2" height="3" loading="lazy">')).toBe(
      '<img src="https://t.example/trust/p/i.png" sizes="50vw" alt="A" title="T" width="2" height="3" />',
    );
    expect(
      clean(
        '<table><tr><th colspan="2" rowspan="1" headers="h" scope="col" abbr="x">h</th><td colspan="2" rowspan="1" headers="h" scope="row">d</td></tr></table>',
      ),
    ).toBe('<table><tr><th colspan="2" rowspan="1" headers="h" scope="col">h</th><td colspan="2" rowspan="1" headers="h">d</td></tr></table>');
    expect(clean('<ol start="3" reversed type="a" class="c"><li value="9">x</li></ol>')).toBe('<ol start="3" reversed type="a"><li>x</li></ol>');
    expect(clean('<abbr title="T">A</abbr><q cite="/q">q</q><time datetime="2026-09-01">t</time>')).toBe(
      '<abbr title="T">A</abbr><q cite="https://t.example/trust/q">q</q><time datetime="2026-09-01">t</time>',
    );
    expect(clean('<del cite="c" datetime="d">x</del><ins cite="c" datetime="d">y</ins>')).toBe(
      '<del cite="https://t.example/trust/p/c" datetime="d">x</del><ins cite="https://t.example/trust/p/c" datetime="d">y</ins>',
    );
    expect(clean('<audio src="a.mp3" controls autoplay></audio><track src="t.vtt" kind="captions" srclang="en" label="English" default>')).toBe(
      '<audio src="https://t.example/trust/p/a.mp3" controls></audio><track src="https://t.example/trust/p/t.vtt" kind="captions" srclang="en" label="English"></track>',
    );
    expect(clean('<video src="v" width="1" height="2" autoplay></video>')).toBe('<video src="https://t.example/trust/p/v" width="1" height="2"></video>');
  });

  it('keeps the extra content tags it allows', () => {
    const tags = ['figure', 'figcaption', 'details', 'summary', 'del', 'ins', 'sub', 'sup', 'mark', 'span', 'strong', 'em', 'code'];
    expect(clean(tags.map((t) => `<${t}>x</${t}>`).join(''))).toBe(tags.map((t) => `<${t}>x</${t}>`).join(''));
  });

  it('drops data: images (no origin of the site) and allows no data: or javascript: links', () => {
    expect(clean('<p>a<img src="data:image/png;base64,AAAA" alt="">b</p>')).toBe('<p>ab</p>');
    expect(clean('<a href="data:text/html,x">d</a><a href="JavaScript:x()">j</a><a href="mailto:a@b.example">m</a>')).toBe(
      '<a>d</a><a>j</a><a href="mailto:a@b.example">m</a>',
    );
  });

  it('drops each element loading from another origin, attribute by attribute, and keeps same-origin ones', () => {
    expect(clean('<p>a<img src="https://x.example/i.png" alt="">b</p>')).toBe('<p>ab</p>');
    expect(clean('<p>a<img src="//x.example/i.png" alt="">b</p>')).toBe('<p>ab</p>');
    expect(clean('<p>a<img src="/i.png" srcset="/i.png 1x, https://x.example/i2.png 2x" alt="">b</p>')).toBe('<p>ab</p>');
    expect(clean('<p>a<video src="/v.mp4" poster="https://x.example/p.jpg"><span>fallback</span></video>b</p>')).toBe('<p>ab</p>');
    expect(clean('<p>a<audio src="http://t.example/a.mp3"></audio>b</p>')).toBe('<p>ab</p>');
    expect(clean('<img src="https://t.example/i.png" srcset="i.png 1x, /j.png 2x" alt="">')).toBe(
      '<img src="https://t.example/i.png" srcset="https://t.example/trust/p/i.png 1x, https://t.example/trust/j.png 2x" alt="" />',
    );
    expect(cleanFeedHtml('<img src="https://m.example/i.png" alt="">', { ...page, mediaOrigins: ['https://m.example'] })).toBe(
      '<img src="https://m.example/i.png" alt="" />',
    );
    expect(clean('<a href="https://x.example/">x</a>')).toBe('<a href="https://x.example/">x</a>');
  });

  it('treats fragment links in every heading level as heading anchors, and not outside them', () => {
    for (const h of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) expect(clean(`<${h}>T <a href="#t">#</a></${h}>`), h).toBe(`<${h}>T </${h}>`);
    expect(clean('<h2>T</h2><p><a href="#t">#</a></p>')).toBe('<h2>T</h2><p><a href="https://t.example/trust/p/#t">#</a></p>');
  });

  it('resolves several anchor links in one heading, in order', () => {
    expect(clean('<h2><a href="#a">#</a>Title<a href="#b">¶</a></h2>')).toBe('<h2>Title</h2>');
    expect(clean('<h2><a href="#a">Title</a></h2><h3><a href="#b">Sub</a> more</h3>')).toBe('<h2>Title</h2><h3> more</h3>');
  });

  it("drops a furniture element's whole subtree and resumes at its sibling, at any depth", () => {
    expect(clean('<div><div class="sr-only"><div><p>a</p></div><p>b</p></div><p>c</p></div><p>d</p>')).toBe('<div><p>c</p></div><p>d</p>');
  });

  it('collapses runs of blank lines and trims the result', () => {
    expect(clean('\n\n  <p>a</p>\n\n\n\n<p>b</p>\n\n<p>c</p>  \n')).toBe('<p>a</p>\n\n<p>b</p>\n\n<p>c</p>');
  });
});
