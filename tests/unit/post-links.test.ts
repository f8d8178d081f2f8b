/** Links between posts and to attachments (src/lib/post-links.ts). */
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { PostNode } from '../../src/lib/post-language';
import { linkProblems, siteLinks, type LinkedPost } from '../../src/lib/post-links';

const post = (kind: string, slug: string, unpublished?: string, attachments: string[] = []): LinkedPost => ({
  file: `content/${kind}/${slug}.mdx`,
  kind,
  slug,
  unpublished,
  attachments,
});

const posts = [
  post('progress', 'week-1'),
  post('progress', 'week-2', 'a draft (draft: true)'),
  post('audits', 'appsec', undefined, ['report.pdf']),
  post('audits', 'review', 'scheduled for 2027-01-20T09:00:00-08:00', ['review.pdf']),
];

/** The problems of a body written in `from`, as "line field: what | fix". */
function check(from: LinkedPost, body: string): string[] {
  const links = siteLinks(mdxToMdast(body, { position: true }) as unknown as PostNode);
  return linkProblems(from, links, posts).map((p) => `${p.line} ${p.field}: ${p.what} | ${p.fix}`);
}

describe('links from a published post', () => {
  it('accept published posts, their files, other pages of the site and other sites', () => {
    expect(
      check(
        posts[0]!,
        '[a](/progress/week-1/) [b](/audits/appsec/report.pdf) [c](../../audits/appsec/) [d](/plan/) [e](https://x.example/) [f](/progress/2/)\n',
      ),
    ).toEqual([]);
    expect(check(posts[2]!, '[own report](report.pdf) ![x](/audits/appsec/report.pdf) [g](#findings)\n')).toEqual([]);
  });

  it('refuse a draft, a scheduled post and its files, naming both files', () => {
    expect(check(posts[0]!, 'See [w2](/progress/week-2/#x).\n\n<a href="../../audits/review/review.pdf">r</a>\n')).toEqual([
      '1 (text): links to "/progress/week-2/#x" of content/progress/week-2.mdx, which is a draft (draft: true), so readers would find nothing there | publish content/progress/week-2.mdx first, or remove the link until it is published',
      '3 (text): links to "../../audits/review/review.pdf" of content/audits/review.mdx, which is scheduled for 2027-01-20T09:00:00-08:00, so readers would find nothing there | publish content/audits/review.mdx first, or remove the link until it is published',
    ]);
  });

  it('refuse a missing file and a missing post', () => {
    expect(check(posts[2]!, '[x](missing.pdf)\n\n[y](/guides/nothing/)\n')).toEqual([
      '1 (text): "missing.pdf" is not a file of the site | put the file in the folder beside content/audits/appsec.mdx (content/audits/appsec/missing.pdf), or fix the address',
      '3 (text): "/guides/nothing/" is not the address of a post | check the address: a post is at /<kind>/<file name without .mdx>/',
    ]);
  });
});

describe('links from a post that is not published', () => {
  it('are not checked against publication: a draft may link to a draft', () => {
    expect(check(posts[1]!, '[w2](/progress/week-2/) [r](/audits/review/review.pdf)\n')).toEqual([]);
  });
});

describe('links in and to translations', () => {
  const translation = (slug: string, lang: string, unpublished?: string): LinkedPost => ({
    file: `content/progress/${slug}.${lang}.mdx`,
    kind: 'progress',
    slug,
    lang,
    unpublished,
    attachments: [],
  });
  const all = [...posts, translation('week-1', 'es'), translation('week-2', 'es', 'a draft (draft: true)')];
  const checkIn = (from: LinkedPost, body: string) =>
    linkProblems(from, siteLinks(mdxToMdast(body, { position: true }) as unknown as PostNode), all).map((p) => `${p.line}: ${p.what} | ${p.fix}`);

  it('accept a translation, an original and a relative link to another translated post', () => {
    expect(checkIn(all[4]!, '[a](/es/progress/week-1/) [b](/progress/week-2/#x) [c](../week-1/) [d](/audits/appsec/report.pdf)\n')).toEqual([
      '1: links to "/progress/week-2/#x" of content/progress/week-2.mdx, which is a draft (draft: true), so readers would find nothing there | publish content/progress/week-2.mdx first, or remove the link until it is published',
    ]);
  });

  it('refuse a post with no translation in that language, a translation of an unpublished post, and a file under a language', () => {
    expect(checkIn(posts[0]!, '[a](/es/audits/appsec/)\n\n[b](/es/progress/week-2/)\n\n[c](/es/audits/appsec/report.pdf)\n')).toEqual([
      '1: "/es/audits/appsec/" is not a page of the site: content/audits/appsec.mdx has no translation in "es" | link to the original (/audits/appsec/), or translate it first',
      '3: links to "/es/progress/week-2/" of content/progress/week-2.es.mdx, which is a draft (draft: true), so readers would find nothing there | publish content/progress/week-2.es.mdx first, or remove the link until it is published',
      '5: "/es/audits/appsec/report.pdf" is not a file of the site: a post\'s files are published at one address, not under /es/ | write /audits/appsec/report.pdf',
    ]);
  });

  it("resolve a translation's relative link against its own address, under its language", () => {
    expect(checkIn(all[4]!, '[r](report.pdf)\n')).toEqual([
      '1: "report.pdf" is not a file of the site: a post\'s files are published at one address, not under /es/ | write /progress/week-1/report.pdf',
    ]);
  });
});
