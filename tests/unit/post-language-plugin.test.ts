/**
 * The post-language compiler plugin (src/lib/post-language-plugin.ts) called as the compiler
 * calls it: the node types it asks for, the nodes gathered in the compile's data bag, the
 * error's message word for word, the file name it shows, and the line offset of a body given
 * without its frontmatter (Astro's loader does so for .md files).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PostNode } from '../../src/lib/post-language';
import { PostLanguageError, postLanguagePlugin, refusedPosts } from '../../src/lib/post-language-plugin';

const work = mkdtempSync(join(tmpdir(), 'post-language-plugin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Visitor = (node: unknown, context: unknown) => void;
type Plugin = Record<string, unknown> & { after: (root: unknown, context: unknown) => void };

/** Runs the plugin over `nodes` as the compiler does: each node to its type's visitor, then `after`. */
function run(nodes: PostNode[], context: { fileURL?: URL; source: string; data?: Record<string, unknown> }): unknown {
  const plugin = postLanguagePlugin({ mediaOrigins: ['https://media.example'] }) as unknown as Plugin;
  const full = { data: {}, ...context };
  for (const node of nodes) (plugin[node.type] as Visitor)(node, full);
  try {
    plugin.after({ type: 'root' }, full);
    return full.data;
  } catch (error) {
    return error;
  }
}

const script = (line: number): PostNode => ({ type: 'html', value: '<script>x()</script>', position: { start: { line } } });
const remoteImage = (line: number): PostNode => ({ type: 'image', url: 'https://t.example/p.gif', position: { start: { line } } });

describe('postLanguagePlugin', () => {
  it('asks the compiler for positions and for exactly the node types the rule reads', () => {
    const plugin = postLanguagePlugin({ mediaOrigins: [] }) as unknown as Plugin;
    expect(plugin.name).toBe('post-language');
    expect(plugin.options).toEqual({ position: true });
    expect(Object.keys(plugin).sort()).toEqual(
      [
        'after',
        'definition',
        'html',
        'image',
        'imageReference',
        'link',
        'mdxFlowExpression',
        'mdxJsxFlowElement',
        'mdxJsxTextElement',
        'mdxTextExpression',
        'mdxjsEsm',
        'name',
        'options',
      ].sort(),
    );
  });

  it('lets a post without problems through and leaves nothing in the data bag', () => {
    const data = { other: 1 };
    expect(run([{ type: 'image', url: 'https://media.example/a.png', position: { start: { line: 1 } } }], { source: 'x', data })).toEqual({ other: 1 });
    expect(run([], { source: '' })).toEqual({});
  });

  it('throws one error with every problem, in order, and remembers it for the build gate', () => {
    const before = refusedPosts.length;
    const error = run([script(4), remoteImage(6)], { source: 'x' });
    expect(error).toBeInstanceOf(PostLanguageError);
    expect(refusedPosts.slice(before)).toEqual([error]);
    const refused = error as PostLanguageError;
    expect(refused.name).toBe('PostLanguageError');
    expect(refused.file).toBe('(post)');
    expect([refused.line, refused.column]).toEqual([4, 1]);
    expect(refused.problems.map((p) => p.line)).toEqual([4, 6]);
    expect(refused.message.split('\n')).toEqual([
      'This post contains 2 things the site does not publish (see "What a post may contain" in PUBLISHING.md):',
      '(post):4  (text)  raw HTML ("<script>x()</script>") is not allowed in a .md file  write Markdown, or rename the file to .mdx to use the HTML elements listed in PUBLISHING.md',
      '(post):6  (text)  the image "https://t.example/p.gif" is loaded from another site (https://t.example)  put the file in the repository beside the post (content/<kind>/<post file name>/picture.png) and write its site address, e.g. /progress/week-3/picture.png, not an address on another host',
    ]);
  });

  it('shows a file inside the working folder by its relative path, and one outside by its full path', () => {
    const inside = run([script(2)], { fileURL: pathToFileURL(join(process.cwd(), 'content', 'statements', 'missing.md')), source: 'x' });
    expect((inside as PostLanguageError).file).toBe('content/statements/missing.md');
    const outsideFile = join(work, 'outside.md');
    const outside = run([script(2)], { fileURL: pathToFileURL(outsideFile), source: 'x' });
    expect((outside as PostLanguageError).file).toBe(outsideFile);
    expect((outside as PostLanguageError).message).toContain(`\n${outsideFile}:2  (text)  raw HTML`);
  });

  it('adds the frontmatter lines when the compiler was given the body alone', () => {
    const file = join(work, 'a.md');
    writeFileSync(file, '---\ntitle: "x & <y>"\n---\n\nText.\n\n<script>x()</script>\n');
    const fileURL = pathToFileURL(file);
    // The body as Astro's loader hands it over: from the line after the frontmatter; the script is on its line 4.
    const bodyOnly = run([script(4)], { fileURL, source: '\nText.\n\n<script>x()</script>\n' });
    expect((bodyOnly as PostLanguageError).problems.map((p) => p.line)).toEqual([7]);
    expect((bodyOnly as PostLanguageError).line).toBe(7);
    // The whole file, or a body padded to its place (MDX): no offset.
    const whole = run([script(7)], { fileURL, source: '---\ntitle: "x & <y>"\n---\n\nText.\n\n<script>x()</script>\n' });
    expect((whole as PostLanguageError).line).toBe(7);
    const padded = run([script(7)], { fileURL, source: '\n\n\n\nText.\n\n<script>x()</script>\n' });
    expect((padded as PostLanguageError).line).toBe(7);
    // A source with a blank line more before its text than the file: the line of the same text in the file.
    const plain = join(work, 'plain.md');
    writeFileSync(plain, 'Text.\n\n<script>x()</script>\n');
    expect((run([script(4)], { fileURL: pathToFileURL(plain), source: '\nText.\n\n<script>x()</script>\n' }) as PostLanguageError).line).toBe(3);
    // A source that is not in the file, an empty source, a file that cannot be read: no offset.
    expect((run([script(2)], { fileURL, source: 'Other text.\n' }) as PostLanguageError).line).toBe(2);
    expect((run([script(2)], { fileURL, source: '\n\n' }) as PostLanguageError).line).toBe(2);
    expect((run([script(2)], { fileURL: pathToFileURL(join(work, 'none.md')), source: 'Text.' }) as PostLanguageError).line).toBe(2);
  });
});

describe('PostLanguageError', () => {
  it('says "something" for one problem, and takes line 1 when it has none', () => {
    const one = new PostLanguageError('content/x.md', [{ line: 3, what: 'W', fix: 'F' }]);
    expect(one.message).toBe(
      'This post contains something the site does not publish (see "What a post may contain" in PUBLISHING.md):\ncontent/x.md:3  (text)  W  F',
    );
    expect(new PostLanguageError('content/x.md', []).line).toBe(1);
  });
});
