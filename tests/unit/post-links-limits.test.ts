/**
 * The limits of the link check (src/lib/post-links.ts) that post-links.test.ts does not cross:
 * which written addresses count as site links (schemes in any case, protocol-relative
 * addresses, empty values, expressions, srcset in any case), and which paths the check leaves
 * alone or refuses (page numbers, two-letter segments that are not languages, files of other
 * folders, a post written as .md, an address without its last slash). Expected values are
 * written out in full.
 */
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { PostNode } from '../../src/lib/post-language';
import { linkProblems, siteLinks, type LinkedPost } from '../../src/lib/post-links';

const tree = (body: string) => mdxToMdast(body, { position: true }) as unknown as PostNode;

describe('siteLinks', () => {
  it('lists links, images, definitions and JSX href, src, poster, cite and srcset (any case) values, with their lines', () => {
    const body = [
      '[a](/progress/week-1/) [p](//cdn.example/x.js) [m](mailto:a@b.example) [H](HTTPS://X.EXAMPLE/) [g](git+ssh://host/repo) [c](/audits/appsec/report:v2.pdf) [f](#top)',
      '',
      '[ref]: /audits/appsec/',
      '',
      '<a href="/statements/one/" cite="/guides/two/">x</a>',
      '',
      'Inline <img src="/audits/appsec/a.png" srcSet="b.png 1x,   /c.png 2x" poster={"/expr/"} alt="x" /> and <video poster="/v.jpg" SRCSET=" d.png 2x" />',
      '',
      '<a href="">empty</a> <a title="/not/">t</a> ![i](img.png)',
      '',
    ].join('\n');
    expect(siteLinks(tree(body))).toEqual([
      { line: 1, url: '/progress/week-1/', field: '(text)' },
      { line: 1, url: '/audits/appsec/report:v2.pdf', field: '(text)' },
      { line: 3, url: '/audits/appsec/', field: '(text)' },
      { line: 5, url: '/statements/one/', field: '(text)' },
      { line: 5, url: '/guides/two/', field: '(text)' },
      { line: 7, url: '/audits/appsec/a.png', field: '(text)' },
      { line: 7, url: 'b.png', field: '(text)' },
      { line: 7, url: '/c.png', field: '(text)' },
      { line: 7, url: '/v.jpg', field: '(text)' },
      { line: 7, url: 'd.png', field: '(text)' },
      { line: 9, url: 'img.png', field: '(text)' },
    ]);
  });

  it('gives line 1 to a node without a position, and nothing for a tree without links', () => {
    const link = { type: 'link', url: '/progress/week-1/', children: [{ type: 'text', value: 'w1' }] } as unknown as PostNode;
    expect(siteLinks({ type: 'root', children: [{ type: 'paragraph', children: [link] }] } as unknown as PostNode)).toEqual([
      { line: 1, url: '/progress/week-1/', field: '(text)' },
    ]);
    expect(siteLinks(tree('Just text, *some* of it `code`.\n'))).toEqual([]);
  });
});

const post = (kind: string, slug: string, extra: Partial<LinkedPost> = {}): LinkedPost => ({
  file: `content/${kind}/${slug}.mdx`,
  kind,
  slug,
  unpublished: undefined,
  attachments: [],
  ...extra,
});

const posts: LinkedPost[] = [
  post('progress', 'week-1'),
  post('progress', 'week-2', { unpublished: 'a draft (draft: true)' }),
  post('audits', 'plain', { file: 'content/audits/plain.md', attachments: ['notes.txt'] }),
  post('progress', 'week-1', { file: 'content/progress/week-1.es.mdx', lang: 'es' }),
];

/** The problems of `urls` (one link a line, from line 1) written in `from`, as "line: what | fix". */
function problems(from: LinkedPost, urls: string[]): string[] {
  const links = urls.map((url, i) => ({ line: i + 1, url, field: 'summary' }));
  return linkProblems(from, links, posts).map((p) => `${p.line} ${p.field}: ${p.what} | ${p.fix}`);
}

describe('linkProblems, the paths it leaves alone', () => {
  it('does not check page numbers, other folders, files of other folders, deeper paths or two-letter segments that are no language', () => {
    expect(
      problems(posts[0]!, [
        '/progress/12/',
        '/data/commitments/',
        '/data/open/file.csv',
        '/es/data/2026/report.csv',
        '/progress/week-2/extra',
        '/x/progress/week-2/',
        '/de/progress/week-2/',
      ]),
    ).toEqual([]);
  });
});

describe('linkProblems, the paths it refuses', () => {
  it('refuses a slug that only starts with digits, a slug that is a language code, and a draft written without its last slash', () => {
    expect(problems(posts[0]!, ['/progress/2024-review/', '/progress/es/', '/progress/week-2'])).toEqual([
      '1 summary: "/progress/2024-review/" is not the address of a post | check the address: a post is at /<kind>/<file name without .mdx>/',
      '2 summary: "/progress/es/" is not the address of a post | check the address: a post is at /<kind>/<file name without .mdx>/',
      '3 summary: links to "/progress/week-2" of content/progress/week-2.mdx, which is a draft (draft: true), so readers would find nothing there | publish content/progress/week-2.mdx first, or remove the link until it is published',
    ]);
  });

  it('names the folder of a .md post for a missing file, and the address pattern for a file of a missing post', () => {
    expect(problems(posts[0]!, ['/audits/plain/notes.txt', '/audits/plain/missing.pdf', '/audits/gone/report.pdf'])).toEqual([
      '2 summary: "/audits/plain/missing.pdf" is not a file of the site | put the file in the folder beside content/audits/plain.md (content/audits/plain/missing.pdf), or fix the address',
      '3 summary: "/audits/gone/report.pdf" is not a file of the site | a post\'s files are at /<kind>/<post>/<file>: fix the address',
    ]);
  });

  it('keeps the field and line of each link in its problem', () => {
    const links = [{ line: 42, url: '/progress/week-2/', field: 'related' }];
    expect(linkProblems(posts[3]!, links, posts)).toEqual([
      {
        line: 42,
        field: 'related',
        what: 'links to "/progress/week-2/" of content/progress/week-2.mdx, which is a draft (draft: true), so readers would find nothing there',
        fix: 'publish content/progress/week-2.mdx first, or remove the link until it is published',
      },
    ]);
  });
});

describe('siteLinks, attributes without a written address', () => {
  it('skips spread attributes, a srcset without a value and a srcset written as an expression', () => {
    const body = ['<img {...props} src="/a.png" />', '', '<img srcset src="/b.png" />', '', '<img srcSet={"/c.png 1x"} src="/d.png" />', ''].join('\n');
    expect(siteLinks(tree(body))).toEqual([
      { line: 1, url: '/a.png', field: '(text)' },
      { line: 3, url: '/b.png', field: '(text)' },
      { line: 5, url: '/d.png', field: '(text)' },
    ]);
  });
});
