/**
 * The post language (src/lib/post-language.ts), through the MDX compiler the site uses
 * (Sätteri) with the same plugin as astro.config.mjs and `npm run check`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseComponentNames } from '../../scripts/lib/content-scan';
import { HTML_ELEMENTS, POST_COMPONENTS } from '../../src/lib/post-language-allowlist';
import { postLanguageProblems, type PostNode } from '../../src/lib/post-language';
import { PostLanguageError, postLanguagePlugin } from '../../src/lib/post-language-plugin';
import { refusal, refusedMarkdownPosts } from '../../src/integrations/post-language-gate';

const root = join(import.meta.dirname, '..', '..');

/** The problems of a body, as "line: what | fix". */
function problemsOf(body: string, mediaOrigins: string[] = []): string[] {
  const tree = mdxToMdast(body, { position: true }) as unknown as PostNode;
  return postLanguageProblems(tree, { mediaOrigins }).map((p) => `${p.line}: ${p.what} | ${p.fix}`);
}

describe('what a post may contain', () => {
  it('accepts Markdown, the components, allowlisted HTML, links and media from the site', () => {
    const body = readFileSync(join(root, 'tests', 'fixtures', 'post-language', 'allowed.mdx'), 'utf8')
      .split('---\n')
      .slice(2)
      .join('---\n');
    expect(problemsOf(body)).toEqual([]);
  });

  it('accepts media from an origin listed in mediaOrigins, and only from it', () => {
    const body = '<img src="https://media.brightwell.example/a.png" alt="" />\n\n![b](https://other.example/b.png)\n';
    expect(problemsOf(body, ['https://media.brightwell.example'])).toEqual([
      '3: the image "https://other.example/b.png" is loaded from another site (https://other.example) | put the file in the repository beside the post (content/<kind>/<post file name>/picture.png) and write its site address, e.g. /progress/week-3/picture.png, not an address on another host',
    ]);
  });
});

describe('what a post may not contain, with the line and what to do instead', () => {
  const cases: [string, string, string][] = [
    ['import', "import x from 'node:fs'\n", `1: "import x from 'node:fs'": import and export are code, which posts cannot contain | remove the line`],
    ['export', 'export const a = 1\n', '1: "export const a = 1": import and export are code'],
    [
      'expression',
      'Home: {process.env.HOME}\n',
      '1: {process.env.HOME} is code, which posts cannot contain | write the text itself; for a literal brace write \\{',
    ],
    ['script', 'Text.\n\n<script>alert(1)</script>\n', '3: <script> is not allowed in a post | posts cannot run code'],
    ['style', '<style>body{}</style>\n', '1: <style> is not allowed in a post | the look comes from the site'],
    [
      'meta refresh',
      '<meta http-equiv="refresh" content="0; url=https://x.example/" />\n',
      '1: <meta> is not allowed in a post | a post cannot redirect readers',
    ],
    [
      'link element',
      '<link rel="stylesheet" href="https://x.example/a.css" />\n',
      '1: <link> is not allowed in a post | stylesheets and fonts come from the site',
    ],
    ['onclick', '<span onclick="steal()">x</span>\n', '1: <span onclick="…"> runs code when the reader acts, which posts cannot do | remove onclick'],
    ['onClick on a link', '<a href="/plan/" onClick="steal()">x</a>\n', '1: <a onClick="…"> runs code'],
    ['javascript: link', '[x](javascript:alert(1))\n', '1: the link "javascript:alert(1)" uses "javascript:", which posts cannot use'],
    ['javascript: href', '<a href="javascript:alert(1)">x</a>\n', '1: the link "javascript:alert(1)" uses "javascript:"'],
    ['http link', '[x](http://example.com/)\n', '1: the link "http://example.com/" is not encrypted (http:) | use the https:// address: https://example.com/'],
    ['iframe', '<iframe src="https://x.example/"></iframe>\n', '1: <iframe> is not allowed in a post | posts cannot embed another site'],
    ['object', '<object data="https://x.example/a.swf"></object>\n', '1: <object> is not allowed in a post'],
    ['embed', '<embed src="https://x.example/a.swf" />\n', '1: <embed> is not allowed in a post'],
    ['form', '<form action="https://x.example/"></form>\n', '1: <form> is not allowed in a post | posts cannot hold forms'],
    [
      'remote img',
      '<img src="https://tracker.example/p.gif" alt="" />\n',
      '1: the image "https://tracker.example/p.gif" is loaded from another site (https://tracker.example) | put the file in the repository beside the post',
    ],
    [
      'remote srcset',
      '<img src="/a.png" srcset="/a.png 1x, https://t.example/b.png 2x" alt="" />\n',
      '1: the image "https://t.example/b.png" is loaded from another site',
    ],
    ['remote Markdown image', '![x](https://tracker.example/p.gif)\n', '1: the image "https://tracker.example/p.gif" is loaded from another site'],
    [
      'remote image by reference',
      '![x][p]\n\n[p]: https://tracker.example/p.gif\n',
      '1: the image "https://tracker.example/p.gif" is loaded from another site',
    ],
    ['protocol-relative image', '![x](//tracker.example/p.gif)\n', '1: the image "//tracker.example/p.gif" is loaded from another site'],
    ['data: image', '![x](data:image/gif;base64,R0lGOD=)\n', '1: the image "data:image/gif;base64,R0lGOD=" uses "data:"'],
    [
      'remote video',
      '<video src="https://cdn.example/v.mp4" controls></video>\n',
      '1: the video "https://cdn.example/v.mp4" is loaded from another site (https://cdn.example)',
    ],
    [
      'remote poster',
      '<video src="/v.mp4" poster="https://cdn.example/p.jpg"></video>\n',
      '1: the video "https://cdn.example/p.jpg" is loaded from another site',
    ],
    ['remote audio', '<audio src="https://cdn.example/a.mp3"></audio>\n', '1: the audio "https://cdn.example/a.mp3" is loaded from another site'],
    ['remote source', '<video><source src="https://cdn.example/v.webm" /></video>\n', '1: the source "https://cdn.example/v.webm" is loaded from another site'],
    ['unknown component', '<Chart data="x" />\n', '1: <Chart> is not a component posts can use | The components are: Callout, CommitmentLink'],
    ['misspelled component', '<Calout>x</Calout>\n', '1: <Calout> is not a component posts can use | did you mean <Callout>?'],
    ['unknown prop', '<Callout color="red">x</Callout>\n', '1: <Callout> has no "color" attribute | use "tone" or "title", or remove it'],
    [
      'value not allowed',
      '<Callout tone="danger">x</Callout>\n',
      '1: <Callout tone="danger"> is not one of the allowed values | use one of: note, warning, done',
    ],
    ['missing required prop', 'See <CommitmentLink />.\n', '1: <CommitmentLink> needs a "id" attribute'],
    [
      'attribute expression',
      '<Callout title={process.env.X}>x</Callout>\n',
      '1: <Callout title={…}> takes its value from code | write the value as text in double quotes: title="…"',
    ],
    ['spread', '<Callout {...props}>x</Callout>\n', '1: <Callout {...props}> passes code as attributes'],
    ['unknown element', '<marquee>x</marquee>\n', '1: <marquee> is not allowed in a post | use Markdown, or one of the HTML elements listed in PUBLISHING.md'],
    ['style attribute', '<div style="display:none">x</div>\n', '1: <div> cannot have the attribute "style"'],
    ['class attribute', '<p class="callout">x</p>\n', '1: <p> cannot have the attribute "class"'],
    ['fragment', '<>x</>\n', '1: <> … </> (a fragment) is code'],
  ];
  for (const [name, body, expected] of cases) {
    it(name, () => {
      const problems = problemsOf(body);
      expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
      expect(problems[0]).toContain(expected);
    });
  }
});

describe('the MDX compiler plugin', () => {
  /** Compiles a body as the build does, through the processor with the plugin. */
  async function compile(body: string, file: string) {
    const processor = satteri({ mdastPlugins: [postLanguagePlugin({ mediaOrigins: [] })] }) as unknown as {
      createMdxRenderer: (shared: object, mdx: object) => Promise<{ process: (b: string, id: string, fm: object) => Promise<unknown> }>;
    };
    const renderer = await processor.createMdxRenderer(
      { syntaxHighlight: false, gfm: true, smartypants: true },
      { optimize: false, srcDir: new URL(`file://${root}/src/`), sourcemap: false },
    );
    return renderer.process(body, file, {});
  }

  it('fails the compile with every problem, as file:line  (text)  what  fix', async () => {
    const error = await compile('Fine.\n\n<iframe src="https://x.example/"></iframe>\n\n{1 + 1}\n', join(root, 'content', 'statements', 'x.mdx')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PostLanguageError);
    const message = (error as Error).message;
    expect(message).toContain('content/statements/x.mdx:3  (text)  <iframe> is not allowed in a post  posts cannot embed another site');
    expect(message).toContain('content/statements/x.mdx:5  (text)  {1 + 1} is code, which posts cannot contain');
    expect((error as PostLanguageError).line).toBe(3);
  });

  it('lets a valid post compile', async () => {
    await expect(compile('# Title\n\n<Callout tone="done">Done.</Callout>\n', join(root, 'content', 'statements', 'y.mdx'))).resolves.toBeDefined();
  });
});

describe('the build gate for .md posts, which Astro renders without stopping on an error', () => {
  it('reads every .md post of the content folder and names the file and line of each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-'));
    try {
      mkdirSync(join(dir, 'statements'));
      writeFileSync(join(dir, 'statements', 'a.md'), '---\ntitle: x\n---\n\nText.\n\n<script>x()</script>\n');
      writeFileSync(join(dir, 'statements', 'b.md'), '---\ntitle: y\n---\n\nOnly **Markdown** and [a link](https://example.com/).\n');
      const errors = refusedMarkdownPosts(dir, { mediaOrigins: [] });
      expect(errors.map((e) => e.problems.map((p) => `${e.file.split('/').slice(-2).join('/')}:${p.line} ${p.what}`))).toEqual([
        ['statements/a.md:7 raw HTML ("<script>x()</script>") is not allowed in a .md file'],
      ]);
      // Stops the build as Astro's own error: the problem lines as the message, what to do as the hint.
      const error = refusal(errors)!;
      expect({ type: (error as { type?: string }).type, hint: error.hint, message: error.message.split('\n') }).toEqual({
        type: 'AstroUserError',
        hint: 'Change or remove each line above: "What a post may contain" in PUBLISHING.md lists what a post may hold.',
        message: ['Posts contain what the site does not publish:', ...errors[0]!.message.split('\n').slice(1)],
      });
      expect(refusal([])).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PUBLISHING.md', () => {
  it('lists exactly the HTML elements a post may use', () => {
    const guide = readFileSync(join(root, 'PUBLISHING.md'), 'utf8');
    const list = /\*\*Plain HTML elements\*\*, from this list: ([^.]+)\. Their/.exec(guide)![1]!;
    const names = list
      .replace('h1 to h6', 'h1, h2, h3, h4, h5, h6')
      .split(',')
      .map((name) => name.trim());
    expect(names).toEqual([...HTML_ELEMENTS.keys()].sort());
  });
});

describe('the component allowlist', () => {
  it('names exactly the components src/components/mdx/index.ts gives posts', () => {
    const names = parseComponentNames(readFileSync(join(root, 'src', 'components', 'mdx', 'index.ts'), 'utf8'));
    expect(Object.keys(POST_COMPONENTS).sort()).toEqual(names!.sort());
  });
});
