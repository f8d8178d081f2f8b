/**
 * Links between posts and to attachments, checked across the whole content folder by
 * `npm run check`: a published post must not link to a post or file that this build does not
 * publish (a draft, a scheduled post, a missing file), which would be a 404 on the live site.
 */
import { parseAttachmentPath } from './attachments.ts';
import { routes } from './routes.ts';
import type { PostNode } from './post-language.ts';
import { POST_KINDS } from './vocabulary.ts';

/** A post as the link check sees it. */
export interface LinkedPost {
  /** The file, as problems show it. */
  file: string;
  /** Kind (folder) of the post. */
  kind: string;
  /** Slug (file name without extension; for a translation, its original's). */
  slug: string;
  /** For a translation (apology.es.mdx), its language: it is published at /<lang>/<kind>/<slug>/. */
  lang?: string;
  /** Why the post is not published, or undefined when it is: "a draft", "scheduled for …" (a translation's: its original's). */
  unpublished: string | undefined;
  /** Names of the files in its attachment folder. */
  attachments: readonly string[];
}

/** A site address written in a post, with its line. */
export interface SiteLink {
  /** 1-based line in the file. */
  line: number;
  /** The address as written: from the site's root ("/plan/") or from the post ("report.pdf"). */
  url: string;
  /** The frontmatter field it comes from, or "(text)" for the body. */
  field: string;
}

/** One link that would lead nowhere. */
export interface LinkProblem {
  /** 1-based line in the file. */
  line: number;
  /** Frontmatter field or "(text)". */
  field: string;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

/** Attributes of HTML elements in a post that hold a site address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);

/** The site addresses written in a post's Markdown tree (links, images and HTML attributes): all but other sites and #fragments. */
export function siteLinks(root: PostNode): SiteLink[] {
  const links: SiteLink[] = [];
  const add = (node: PostNode, url: string | null | undefined) => {
    const onSite = url && !url.startsWith('//') && !url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
    if (onSite) links.push({ line: node.position?.start.line ?? 1, url, field: '(text)' });
  };
  const visit = (node: PostNode) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') add(node, node.url);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes ?? []) {
        if (attribute.name && URL_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') add(node, attribute.value);
        if (attribute.name?.toLowerCase() === 'srcset' && typeof attribute.value === 'string') {
          for (const candidate of attribute.value.split(',')) add(node, candidate.trim().split(/\s+/)[0]);
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return links;
}

/** A post's address: a translation's under its language. */
function addressOf(post: LinkedPost): string {
  return post.lang ? `/${post.lang}${routes.post(post.kind, post.slug)}` : routes.post(post.kind, post.slug);
}

/**
 * The problems of one published post's site links, given every post of the site (translations
 * included, with their `lang`). A link under a language (/es/progress/week-3/) must lead to a
 * translation in that language; a post's files exist only at their one address, in no language's folder.
 */
export function linkProblems(from: LinkedPost, links: readonly SiteLink[], posts: readonly LinkedPost[]): LinkProblem[] {
  if (from.unpublished) return [];
  const bySlug = new Map(posts.map((post) => [`${post.lang ? `${post.lang}:` : ''}${post.kind}/${post.slug}`, post]));
  const languages = new Set(posts.flatMap((post) => (post.lang ? [post.lang] : [])));
  const problems: LinkProblem[] = [];
  for (const link of links) {
    // Addresses relative to the post resolve against its own address, as a browser does.
    const resolved = new URL(link.url, `https://site.invalid${addressOf(from)}`).pathname;
    const prefix = /^\/([a-z]{2})(\/.*)$/.exec(resolved);
    const lang = prefix && languages.has(prefix[1]!) ? prefix[1]! : undefined;
    const path = lang ? prefix![2]! : resolved;
    const attachment = parseAttachmentPath(path);
    if (lang && attachment && POST_KINDS.includes(attachment.kind as never)) {
      problems.push({
        line: link.line,
        field: link.field,
        what: `"${link.url}" is not a file of the site: a post's files are published at one address, not under /${lang}/`,
        fix: `write ${routes.attachment(attachment.kind, attachment.slug, attachment.name)}`,
      });
      continue;
    }
    if (attachment && POST_KINDS.includes(attachment.kind as never)) {
      const owner = bySlug.get(`${attachment.kind}/${attachment.slug}`);
      if (!owner || !owner.attachments.includes(attachment.name)) {
        problems.push({
          line: link.line,
          field: link.field,
          what: `"${link.url}" is not a file of the site`,
          fix: owner
            ? `put the file in the folder beside ${owner.file} (${owner.file.replace(/\.mdx?$/, '')}/${attachment.name}), or fix the address`
            : `a post's files are at ${routes.attachment('<kind>', '<post>', '<file>')}: fix the address`,
        });
      } else if (owner.unpublished) {
        problems.push(unpublishedProblem(link, owner));
      }
      continue;
    }
    const post = /^\/([^/]+)\/([^/]+)\/?$/.exec(path);
    if (!post || !POST_KINDS.includes(post[1] as never) || /^\d+$/.test(post[2]!)) continue;
    const target = bySlug.get(`${lang ? `${lang}:` : ''}${post[1]}/${post[2]}`);
    if (!target && lang && bySlug.has(`${post[1]}/${post[2]}`)) {
      const original = bySlug.get(`${post[1]}/${post[2]}`)!;
      problems.push({
        line: link.line,
        field: link.field,
        what: `"${link.url}" is not a page of the site: ${original.file} has no translation in "${lang}"`,
        fix: `link to the original (${routes.post(original.kind, original.slug)}), or translate it first`,
      });
    } else if (!target) {
      problems.push({
        line: link.line,
        field: link.field,
        what: `"${link.url}" is not the address of a post`,
        fix: `check the address: a post is at ${routes.post('<kind>', '<file name without .mdx>')}`,
      });
    } else if (target.unpublished) {
      problems.push(unpublishedProblem(link, target));
    }
  }
  return problems;
}

/** A published post links to a post (or its file) that this build does not publish. */
function unpublishedProblem(link: SiteLink, target: LinkedPost): LinkProblem {
  return {
    line: link.line,
    field: link.field,
    what: `links to "${link.url}" of ${target.file}, which is ${target.unpublished}, so readers would find nothing there`,
    fix: `publish ${target.file} first, or remove the link until it is published`,
  };
}
