/**
 * The check's text job: placeholders, stray files, MDX syntax, what a post may contain
 * (the build's own post-language plugin), components, commitment links, and links to
 * drafts or scheduled posts, for every file of the content folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNow } from '../../src/lib/now.ts';
import { PostLanguageError, postLanguagePlugin } from '../../src/lib/post-language-plugin.ts';
import { postLanguageProblems } from '../../src/lib/post-language.ts';
import { linkProblems, type LinkedPost, type SiteLink } from '../../src/lib/post-links.ts';
import { parseTranslationName } from '../../src/lib/translation-files.ts';
import { POST_KINDS } from '../../src/lib/vocabulary.ts';
import { commitmentLinkProblems, parseComponentNames, strayFileProblems, todoProblems, unknownComponentProblems } from './content-scan.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { scanPostLinks, treeOf } from './link-scan.ts';
import { explainMdxError, type Problem } from './problems.ts';

/** What the text job needs to know about the project. */
export interface BodyScanOptions {
  /** The project root. */
  root: string;
  /** The content folder, absolute. */
  contentAbs: string;
  /** The content folder as shown in messages. */
  contentShown: string;
  /** How a path is shown. */
  show: (abs: string) => string;
  /** Origins posts may load media from (site settings). */
  mediaOrigins: readonly string[];
  /** Commitment ids, for <CommitmentLink>; undefined when commitments.yaml cannot be read. */
  commitmentIds: string[] | undefined;
  /** The help sentence of a field of a post or data file, for placeholders. */
  helpFor: (file: string, path: string) => string;
}

/** A compiled-MDX renderer, as @astrojs/markdown-satteri makes it. */
type MdxRenderer = { process: (body: string, id: string, fm: object) => Promise<unknown> };

/**
 * The MDX compiler Astro uses, with the post-language plugin as in astro.config.mjs, to find
 * syntax errors and refused content in bodies without a build (undefined if unavailable).
 */
async function mdxRenderer(root: string, mediaOrigins: readonly string[]): Promise<MdxRenderer | undefined> {
  try {
    const { satteri } = await import('@astrojs/markdown-satteri');
    const processor = satteri({ mdastPlugins: [postLanguagePlugin({ mediaOrigins: [...mediaOrigins] })] }) as unknown as {
      createMdxRenderer?: (shared: object, mdx: object) => Promise<MdxRenderer>;
    };
    return await processor.createMdxRenderer?.(
      { syntaxHighlight: false, gfm: true, smartypants: true },
      { optimize: false, srcDir: new URL('./src/', `file://${root}/`), sourcemap: false },
    );
  } catch {
    return undefined;
  }
}

/** Placeholders, stray files, MDX syntax and components (and commitment links when the data files can be read); notes say what was not checked. */
export async function scanBodies(files: string[], options: BodyScanOptions): Promise<{ problems: Problem[]; notes: string[] }> {
  const { root, contentAbs, contentShown, show } = options;
  const problems: Problem[] = [...strayFileProblems(contentShown, files)];
  const notes: string[] = [];
  const componentsFile = join(root, 'src', 'components', 'mdx', 'index.ts');
  const components = existsSync(componentsFile) ? parseComponentNames(readFileSync(componentsFile, 'utf8')) : undefined;
  const renderer = await mdxRenderer(root, options.mediaOrigins);
  if (!renderer) notes.push('The MDX syntax of post bodies was not checked (the MDX compiler could not be loaded); `npm run build` checks it.');
  const now = buildNow();
  const linked: { post: LinkedPost; links: SiteLink[] }[] = [];
  const textProblem = (file: string) => (p: { line: number; what: string; fix: string }) => ({ file, line: p.line, field: '(text)', what: p.what, fix: p.fix });
  for (const file of files) {
    const abs = join(contentAbs, file);
    const shown = show(abs);
    const [folder] = file.split('/');
    const isPost = file.includes('/') && (POST_KINDS as readonly string[]).includes(folder!) && /\.mdx?$/.test(file);
    const isData = !file.includes('/') && /\.ya?ml$/.test(file);
    if (!isPost && !isData) continue;
    const text = readFileSync(abs, 'utf8');
    problems.push(...todoProblems(shown, text, isPost ? 'post' : 'data', (path) => options.helpFor(file, path)));
    if (!isPost) continue;
    const split = splitFrontmatter(text);
    if (!split.hasFrontmatter) continue;
    const markdown = file.endsWith('.md');
    const slug = file.slice(folder!.length + 1).replace(/\.mdx?$/, '');
    const scanned = scanPostLinks(shown, abs, folder!, slug, split, now, markdown ? 'md' : undefined);
    // A translation (apology.es.mdx) is published at /es/<kind>/apology/ when its original is.
    const translation = parseTranslationName(file.slice(folder!.length + 1));
    if (translation) Object.assign(scanned.post, { slug: translation.slug, lang: translation.lang });
    linked.push(scanned);
    if (markdown) {
      // A .md body is plain Markdown: the same rule, on the Markdown tree the build compiles.
      problems.push(...postLanguageProblems(treeOf(split.body, 'md'), { mediaOrigins: [...options.mediaOrigins] }).map(textProblem(shown)));
      continue;
    }
    // Without the compiler, a plain scan still finds misspelled components.
    if (components && !renderer) problems.push(...unknownComponentProblems(shown, split.body, components));
    if (options.commitmentIds) {
      problems.push(...commitmentLinkProblems(shown, split.body, options.commitmentIds, `${contentShown}/commitments.yaml`));
    }
    if (!renderer) continue;
    try {
      await renderer.process(split.body, abs, {});
    } catch (error) {
      // What the post may contain: the same rule, and the same plugin, as the build.
      if (error instanceof PostLanguageError) {
        problems.push(...error.problems.map(textProblem(shown)));
        continue;
      }
      const explained = explainMdxError(error instanceof Error ? error.message : String(error));
      problems.push({ file: shown, line: explained.line ?? 1, field: '(text)', what: explained.what, fix: explained.fix });
    }
  }
  // Links from published posts to drafts, scheduled posts and missing files.
  const posts = linked.map((l) => l.post);
  for (const post of posts) {
    if (post.lang) post.unpublished = posts.find((o) => !o.lang && o.kind === post.kind && o.slug === post.slug)?.unpublished;
  }
  for (const { post, links } of linked) {
    problems.push(...linkProblems(post, links, posts).map((p) => ({ file: post.file, ...p })));
  }
  return { problems, notes };
}
