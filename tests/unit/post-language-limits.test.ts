/**
 * The post language rule (src/lib/post-language.ts) with whole expected problem lists, found by
 * `npm run mutate`: every problem of a body with its line, what and fix, not only the first one
 * by prefix; lengths around the 60-character cut of quoted source; schemes in upper case;
 * reference labels in another case; media origins on both sides of the list.
 */
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkLink, checkResource, postLanguageProblems, problemsInNodes, type PostNode } from '../../src/lib/post-language';

const LOCAL_MEDIA_FIX =
  'put the file in the repository beside the post (content/<kind>/<post file name>/picture.png) and write its site address, e.g. /progress/week-3/picture.png, not an address on another host';
const LINK_FIX = 'link to a web page (https://…), an e-mail address (mailto:…) or a page of the site (/…)';
const ESM_FIX = 'remove the line: the components posts can use (Callout, CommitmentLink) need no import, and text goes in the post itself';
const CODE_FIX = 'write the text itself; for a literal brace write \\{ or put it in `backticks`';
const STYLE_FIX = "remove it: the look comes from the site's stylesheet (use Markdown or <Callout>)";
const ATTRIBUTE_FIX = 'remove it (see PUBLISHING.md for the attributes posts may use)';

/** Every problem of an MDX body, as "line: what | fix". */
function problemsOf(body: string, mediaOrigins: string[] = []): string[] {
  const tree = mdxToMdast(body, { position: true }) as unknown as PostNode;
  return postLanguageProblems(tree, { mediaOrigins }).map((p) => `${p.line}: ${p.what} | ${p.fix}`);
}

/** What checkLink / checkResource report, as "what | fix". */
function linkProblems(url: string): string[] {
  const out: string[] = [];
  checkLink(url, (what, fix) => out.push(`${what} | ${fix}`));
  return out;
}
function resourceProblems(url: string, mediaOrigins: string[] = [], element = 'image'): string[] {
  const out: string[] = [];
  checkResource(url, { mediaOrigins }, element, (what, fix) => out.push(`${what} | ${fix}`));
  return out;
}

describe('code in a post', () => {
  it('quotes the first line of an import, cut to 57 characters and "…" past 60', () => {
    const sixty = `import a from '${'x'.repeat(44)}'`;
    expect(sixty).toHaveLength(60);
    const sixtyOne = `import a from '${'x'.repeat(45)}'`;
    expect(problemsOf(`${sixty}\n`)).toEqual([`1: "${sixty}": import and export are code, which posts cannot contain | ${ESM_FIX}`]);
    expect(problemsOf(`${sixtyOne}\n`)).toEqual([`1: "${sixtyOne.slice(0, 57)}…": import and export are code, which posts cannot contain | ${ESM_FIX}`]);
  });

  it('quotes only the first line of code written over several lines, trimmed', () => {
    expect(problemsOf('Text.\n\n{  a +\n  b}\n')).toEqual([`3: {a +} is code, which posts cannot contain | ${CODE_FIX}`]);
  });

  it('lets a pure comment through, and refuses a comment followed by code, or two comments with code between', () => {
    expect(problemsOf('{/* note */}\n\nText {/* inline */} here.\n')).toEqual([]);
    expect(problemsOf('{/* note */ x}\n')).toEqual([`1: {/* note */ x} is code, which posts cannot contain | ${CODE_FIX}`]);
    expect(problemsOf('{/* a */ x /* b */}\n')).toEqual([`1: {/* a */ x /* b */} is code, which posts cannot contain | ${CODE_FIX}`]);
  });

  it('reports raw HTML of a .md file with its line, and line 1 for a node without a position', () => {
    const nodes: PostNode[] = [
      { type: 'html', value: '  <b>bold</b>\n<i>x</i>', position: { start: { line: 4 } } },
      { type: 'html', value: '<u>u</u>' },
    ];
    expect(problemsInNodes(nodes, { mediaOrigins: [] })).toEqual([
      {
        line: 4,
        what: 'raw HTML ("<b>bold</b>") is not allowed in a .md file',
        fix: 'write Markdown, or rename the file to .mdx to use the HTML elements listed in PUBLISHING.md',
      },
      {
        line: 1,
        what: 'raw HTML ("<u>u</u>") is not allowed in a .md file',
        fix: 'write Markdown, or rename the file to .mdx to use the HTML elements listed in PUBLISHING.md',
      },
    ]);
  });

  it('reports every problem of a body, in document order, each on its own line', () => {
    expect(problemsOf('export const a = 1\n\nText {b}.\n\n<script>x</script>\n')).toEqual([
      `1: "export const a = 1": import and export are code, which posts cannot contain | ${ESM_FIX}`,
      `3: {b} is code, which posts cannot contain | ${CODE_FIX}`,
      '5: <script> is not allowed in a post | posts cannot run code: describe the thing in text, or ask an engineer for a component',
    ]);
  });
});

describe('links', () => {
  it('lets https, mailto and site addresses through, in any case and with spaces around', () => {
    for (const url of [
      'https://a.example/',
      'HTTPS://A.EXAMPLE/',
      'mailto:a@b.example',
      'MailTo:a@b.example',
      '/plan/',
      '../week-1/',
      '#top',
      'page',
      ' https://a.example/ ',
      '',
    ]) {
      expect(linkProblems(url)).toEqual([]);
    }
  });

  it('asks for https instead of http, keeping the rest of the address, whatever the case of the scheme', () => {
    expect(linkProblems(' HTTP://Example.com/a?b=1&c=<2> ')).toEqual([
      'the link "HTTP://Example.com/a?b=1&c=<2>" is not encrypted (http:) | use the https:// address: https://Example.com/a?b=1&c=<2>',
    ]);
  });

  it('asks for the scheme of a protocol-relative link', () => {
    expect(linkProblems('//x.example/a')).toEqual(['the link "//x.example/a" has no scheme | write it in full: https://x.example/a']);
  });

  it('refuses other schemes by their lower-case name, quoting at most 60 characters', () => {
    expect(linkProblems('FTP://x.example/')).toEqual([`the link "FTP://x.example/" uses "ftp:", which posts cannot use | ${LINK_FIX}`]);
    expect(linkProblems('tel:+15551234')).toEqual([`the link "tel:+15551234" uses "tel:", which posts cannot use | ${LINK_FIX}`]);
    const long = `javascript:${'a'.repeat(60)}`;
    expect(linkProblems(long)).toEqual([`the link "${long.slice(0, 57)}…" uses "javascript:", which posts cannot use | ${LINK_FIX}`]);
  });

  it('checks link definitions and the cite of a quotation', () => {
    expect(problemsOf('[a][d]\n\n[d]: http://x.example/\n')).toEqual([
      '3: the link "http://x.example/" is not encrypted (http:) | use the https:// address: https://x.example/',
    ]);
    expect(problemsOf('<blockquote cite="ftp://x.example/">q</blockquote>\n')).toEqual([
      `1: the link "ftp://x.example/" uses "ftp:", which posts cannot use | ${LINK_FIX}`,
    ]);
  });
});

describe('media', () => {
  it('lets site addresses through, and media origins only when listed', () => {
    expect(resourceProblems('/a.png')).toEqual([]);
    expect(resourceProblems('a.png')).toEqual([]);
    expect(resourceProblems('https://m.example/a.png', ['https://m.example'])).toEqual([]);
    expect(resourceProblems('//m.example/a.png', ['https://m.example'])).toEqual([]);
    expect(resourceProblems('http://m.example/a.png', ['https://m.example'])).toEqual([
      `the image "http://m.example/a.png" is loaded from another site (http://m.example) | ${LOCAL_MEDIA_FIX}`,
    ]);
    expect(resourceProblems('https://m.example.evil/a.png', ['https://m.example'], 'video')).toEqual([
      `the video "https://m.example.evil/a.png" is loaded from another site (https://m.example.evil) | ${LOCAL_MEDIA_FIX}`,
    ]);
  });

  it('names the address itself when it has no origin, and the scheme when it is not a web address', () => {
    expect(resourceProblems('https://[bad')).toEqual([`the image "https://[bad" is loaded from another site (https://[bad) | ${LOCAL_MEDIA_FIX}`]);
    expect(resourceProblems('DATA:image/gif;base64,R0=')).toEqual([
      `the image "DATA:image/gif;base64,R0=" uses "data:", which posts cannot use | ${LOCAL_MEDIA_FIX}`,
    ]);
  });

  it('finds a referenced image by its label in any case and spacing, and ignores an undefined reference', () => {
    expect(problemsOf('![x][My  Pic]\n\n![y][none]\n\n[my pic]: https://t.example/p.gif\n')).toEqual([
      `1: the image "https://t.example/p.gif" is loaded from another site (https://t.example) | ${LOCAL_MEDIA_FIX}`,
    ]);
  });

  it('checks every srcset candidate, skipping empty ones, and names the element', () => {
    expect(problemsOf('<img src="/a.png" srcset=" , /a.png 1x, https://t.example/b.png 2x,, //u.example/c.png 3x" alt="" />\n')).toEqual([
      `1: the image "https://t.example/b.png" is loaded from another site (https://t.example) | ${LOCAL_MEDIA_FIX}`,
      `1: the image "//u.example/c.png" is loaded from another site (https://u.example) | ${LOCAL_MEDIA_FIX}`,
    ]);
    expect(problemsOf('<video src="/v.mp4" poster="https://t.example/p.jpg"><track src="https://t.example/t.vtt" /></video>\n')).toEqual([
      `1: the video "https://t.example/p.jpg" is loaded from another site (https://t.example) | ${LOCAL_MEDIA_FIX}`,
      `1: the track "https://t.example/t.vtt" is loaded from another site (https://t.example) | ${LOCAL_MEDIA_FIX}`,
    ]);
  });
});

describe('elements and components', () => {
  it('tells style and class apart from other refused attributes, and refuses on* handlers but not an attribute named "on"', () => {
    expect(problemsOf('<p style="x" class="y" className="z" data-x="1" on="a" onmouseover="b()">t</p>\n')).toEqual([
      `1: <p> cannot have the attribute "style" | ${STYLE_FIX}`,
      `1: <p> cannot have the attribute "class" | ${STYLE_FIX}`,
      `1: <p> cannot have the attribute "className" | ${STYLE_FIX}`,
      `1: <p> cannot have the attribute "data-x" | ${ATTRIBUTE_FIX}`,
      `1: <p> cannot have the attribute "on" | ${ATTRIBUTE_FIX}`,
      '1: <p onmouseover="…"> runs code when the reader acts, which posts cannot do | remove onmouseover',
    ]);
  });

  it('checks class names one by one against the allowed values', () => {
    expect(problemsOf('<li className="task-list-item">a</li>\n\n<code className="language-ts">b</code>\n')).toEqual([]);
    expect(problemsOf('<li className="task-list-item extra">a</li>\n\n<code className="language-">b</code>\n')).toEqual([
      '1: <li className="task-list-item extra"> is not an allowed value | remove the attribute',
      '3: <code className="language-"> is not an allowed value | remove the attribute',
    ]);
  });

  it('keeps the allowed attributes of an element, bare or with text, without a problem', () => {
    expect(problemsOf('<details open><summary>s</summary>x</details>\n\n<abbr title="T &amp; &lt;">A</abbr>\n')).toEqual([]);
  });

  it("reports code given as an HTML attribute, and the element's own problems too", () => {
    expect(problemsOf('<a href={x} {...y}>t</a>\n')).toEqual([
      '1: <a href={…}> takes its value from code | write the value as text in double quotes: href="…"',
      '1: <a {...y}> passes code as attributes | write each attribute as name="value"',
    ]);
  });

  it('refuses an unknown element with the generic fix, and a dotted or capitalised name as a component', () => {
    expect(problemsOf('<blink>x</blink>\n')).toEqual([
      '1: <blink> is not allowed in a post | use Markdown, or one of the HTML elements listed in PUBLISHING.md',
    ]);
    expect(problemsOf('<ui.Chart />\n')).toEqual([
      '1: <ui.Chart> is not a component posts can use | The components are: Callout, CommitmentLink (or write &lt; for a plain "<")',
    ]);
    expect(problemsOf('<CommitmentLinks id="a" />\n')).toEqual([
      '1: <CommitmentLinks> is not a component posts can use | did you mean <CommitmentLink>? The components are: Callout, CommitmentLink (or write &lt; for a plain "<")',
    ]);
  });

  it('refuses a bare tone and an unknown prop, naming every prop there is', () => {
    expect(problemsOf('<Callout tone>x</Callout>\n')).toEqual(['1: <Callout tone=""> is not one of the allowed values | use one of: note, warning, done']);
    expect(problemsOf('<CommitmentLink id="a" to="b" />\n')).toEqual(['1: <CommitmentLink> has no "to" attribute | use "id", or remove it']);
    expect(problemsOf('<Callout tone="note" title="T" x="1">x</Callout>\n')).toEqual([
      '1: <Callout> has no "x" attribute | use "tone" or "title", or remove it',
    ]);
  });

  it('counts a required prop given as code as given (the code itself is the problem)', () => {
    expect(problemsOf('<CommitmentLink id={x} />\n')).toEqual([
      '1: <CommitmentLink id={…}> takes its value from code | write the value as text in double quotes: id="…"',
    ]);
    expect(problemsOf('<CommitmentLink />\n')).toEqual(['1: <CommitmentLink> needs a "id" attribute | add id="…"']);
  });
});

describe('found by the second mutation run', () => {
  it('matches a reference to its definition whatever the case and the runs of spaces of the label', () => {
    const nodes: PostNode[] = [
      { type: 'imageReference', identifier: 'My  Pic', position: { start: { line: 1 } } },
      { type: 'definition', identifier: ' my pic ', url: 'https://t.example/p.gif', position: { start: { line: 3 } } },
    ];
    expect(problemsInNodes(nodes, { mediaOrigins: [] })).toEqual([
      { line: 1, what: 'the image "https://t.example/p.gif" is loaded from another site (https://t.example)', fix: LOCAL_MEDIA_FIX },
    ]);
  });

  it('reads a scheme only at the start of an address, and quotes a media address trimmed', () => {
    expect(linkProblems('/plan/a:b')).toEqual([]);
    expect(resourceProblems('/media/a:b.png')).toEqual([]);
    expect(resourceProblems(' https://t.example/a.png ')).toEqual([
      `the image "https://t.example/a.png" is loaded from another site (https://t.example) | ${LOCAL_MEDIA_FIX}`,
    ]);
  });

  it('treats a name with a capital letter after the first as an HTML element, not a component', () => {
    expect(problemsOf('<myWidget>x</myWidget>\n')).toEqual([
      '1: <myWidget> is not allowed in a post | use Markdown, or one of the HTML elements listed in PUBLISHING.md',
    ]);
  });

  it('needs the required prop itself, not any attribute', () => {
    expect(problemsOf('<CommitmentLink x="1" />\n')).toEqual([
      '1: <CommitmentLink> has no "x" attribute | use "id", or remove it',
      '1: <CommitmentLink> needs a "id" attribute | add id="…"',
    ]);
  });

  it('checks only resource attributes as media, and reads several allowed classes', () => {
    expect(problemsOf('<img src="/a.png" alt="https://t.example/x.png" title="//t.example/y" />\n')).toEqual([]);
    expect(problemsOf('<li className="task-list-item task-list-item">a</li>\n')).toEqual([]);
  });
});
