/**
 * What the link check (src/lib/post-links.ts) needs from each post file: whether this build
 * publishes it, its attachments, and the site addresses it links to (body and `report`).
 * Plain TypeScript with no Astro imports; scripts/check.ts feeds it the files.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { parse } from 'yaml';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { attachmentFolder, isAttachmentType } from '../../src/lib/attachments.ts';
import { parseIsoDateTime } from '../../src/lib/now.ts';
import type { PostNode } from '../../src/lib/post-language.ts';
import { siteLinks, type LinkedPost, type SiteLink } from '../../src/lib/post-links.ts';
import { locateField } from './frontmatter.ts';

/** Why a post is not published at `now` ("a draft", "scheduled for …"), or undefined when it is. */
export function unpublishedReason(data: Record<string, unknown>, now: Date): string | undefined {
  if (data.draft === true) return 'a draft (draft: true)';
  const raw = data.published;
  const published = raw instanceof Date ? raw : typeof raw === 'string' ? parseIsoDateTime(raw) : undefined;
  if (published && published.getTime() > now.getTime()) return `scheduled for ${typeof raw === 'string' ? raw : published.toISOString()}`;
  return undefined;
}

/** A post file, read for the link check: the post, and the links it writes (an empty list when its text does not parse). */
export function scanPostLinks(
  shown: string,
  abs: string,
  kind: string,
  slug: string,
  split: { frontmatter: string; frontmatterLine: number; body: string },
  now: Date,
  format: 'mdx' | 'md' = 'mdx',
): { post: LinkedPost; links: SiteLink[] } {
  let data: Record<string, unknown> = {};
  try {
    data = (parse(split.frontmatter) as Record<string, unknown> | null) ?? {};
  } catch {
    // The content sync reports a frontmatter that is not YAML.
  }
  // Files of other types are reported by the scan of the folder, and left out here.
  const folder = attachmentFolder(abs);
  const attachments = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder).filter(isAttachmentType) : [];
  const post: LinkedPost = { file: shown, kind, slug, unpublished: unpublishedReason(data, now), attachments };
  const links: SiteLink[] = [];
  if (typeof data.report === 'string') {
    const line = locateField(split.frontmatter, ['report']).line + split.frontmatterLine - 1;
    links.push({ line, url: data.report, field: 'report' });
  }
  try {
    links.push(...siteLinks(treeOf(split.body, format)));
  } catch {
    // MDX syntax errors are reported by the compiler, with their line.
  }
  return { post, links };
}

/** The Markdown tree of a body, read as MDX or as plain Markdown (.md), with positions. */
export function treeOf(body: string, format: 'mdx' | 'md'): PostNode {
  const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
  return parse(body, { position: true }) as unknown as PostNode;
}
