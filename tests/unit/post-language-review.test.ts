/**
 * The post language rule (src/lib/post-language.ts) on the cases its third mutation run found
 * untested: a definition written before the image that uses it, labels that differ only by a
 * space, the fix of a fragment, spread attributes on a component, class values and their spaces.
 */
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { postLanguageProblems, type PostNode } from '../../src/lib/post-language';

const LOCAL_MEDIA_FIX =
  'put the file in the repository beside the post (content/<kind>/<post file name>/picture.png) and write its site address, e.g. /progress/week-3/picture.png, not an address on another host';

/** Every problem of an MDX body, as "line: what | fix". */
function problemsOf(body: string): string[] {
  const tree = mdxToMdast(body, { position: true }) as unknown as PostNode;
  return postLanguageProblems(tree, { mediaOrigins: [] }).map((p) => `${p.line}: ${p.what} | ${p.fix}`);
}

describe('references', () => {
  it('finds the definition of an image written before the image', () => {
    expect(problemsOf('[p]: https://t.example/p.gif\n\n![x][p]\n')).toEqual([
      `3: the image "https://t.example/p.gif" is loaded from another site (https://t.example) | ${LOCAL_MEDIA_FIX}`,
    ]);
  });

  it('keeps apart labels that differ by a space', () => {
    expect(problemsOf('![x][a b]\n\n[a b]: https://t.example/p.gif\n[ab]: /local.png\n')).toEqual([
      `1: the image "https://t.example/p.gif" is loaded from another site (https://t.example) | ${LOCAL_MEDIA_FIX}`,
    ]);
    expect(problemsOf('![x][ab]\n\n[a b]: https://t.example/p.gif\n[ab]: /local.png\n')).toEqual([]);
  });
});

describe('elements', () => {
  it('says how to fix a fragment', () => {
    expect(problemsOf('<>x</>\n')).toEqual(['1: <> … </> (a fragment) is code, which posts cannot contain | remove <> and </> and keep what is between them']);
  });

  it('reports spread attributes on a component once, as code', () => {
    expect(problemsOf('<Callout {...props}>x</Callout>\n')).toEqual([
      '1: <Callout {...props}> passes code as attributes | write each attribute as name="value"',
    ]);
  });

  it("checks each class on its own, ignoring spaces around them, and never takes the attribute's name as a value", () => {
    expect(problemsOf('<li class=" task-list-item ">a</li>\n\n<code class>b</code>\n')).toEqual([]);
    expect(problemsOf('<li class="className">a</li>\n')).toEqual(['1: <li class="className"> is not an allowed value | remove the attribute']);
  });
});

describe('attributes written without a value', () => {
  it('lets a bare link or media attribute through, with nothing to check', () => {
    expect(problemsOf('<a href>x</a>\n\n<img src alt="x" />\n\n<img srcSet alt="x" />\n')).toEqual([]);
  });
});
