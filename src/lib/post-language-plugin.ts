/**
 * The post-language rule (post-language.ts) as a plugin of the MDX compiler (Sätteri, the
 * processor @astrojs/mdx uses): astro.config.mjs gives it to the MDX integration, so that the
 * build, the feeds and the dev preview stop on a post that breaks it, and `npm run check`
 * gives it to the same compiler. A post that breaks the rule fails to compile with a
 * PostLanguageError that lists every problem as `file:line  (text)  what is wrong  what to do`.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { problemsInNodes, RULE_NODE_TYPES, type LanguageProblem, type PostLanguageOptions, type PostNode } from './post-language.ts';

/** The error a post that breaks the post language fails with. */
export class PostLanguageError extends Error {
  /** The file, relative to the working folder, with "/" separators. */
  readonly file: string;
  /** Every problem in the file. */
  readonly problems: LanguageProblem[];
  /** Line of the first problem (Astro shows it as the error's location). */
  readonly line: number;
  /** Column of the error's location. */
  readonly column = 1;

  /** Builds the error and its message, one problem a line. */
  constructor(file: string, problems: LanguageProblem[]) {
    const lines = problems.map((p) => `${file}:${p.line}  (text)  ${p.what}  ${p.fix}`);
    super(
      `${problems.length === 1 ? 'This post contains something' : `This post contains ${problems.length} things`} the site does not publish (see "What a post may contain" in PUBLISHING.md):\n${lines.join('\n')}`,
    );
    this.name = 'PostLanguageError';
    this.file = file;
    this.problems = problems;
    this.line = problems[0]?.line ?? 1;
  }
}

/** A file path as problems show it: relative to the working folder when inside it. */
function shown(fileURL: URL | undefined): string {
  if (!fileURL) return '(post)';
  const path = fileURLToPath(fileURL);
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/**
 * Lines to add to a line of the compiled source to get the line in the file: 0 when the
 * compiler was given the whole file or a body padded to its place (MDX), the frontmatter's
 * length when it was given the body alone (Astro's loader does so for .md files).
 */
function lineOffset(fileURL: URL | undefined, source: string): number {
  if (!fileURL) return 0;
  try {
    const text = readFileSync(fileURLToPath(fileURL), 'utf8');
    const core = source.trim();
    const at = core ? text.indexOf(core) : -1;
    if (at < 0) return 0;
    const linesBefore = (value: string) => value.split('\n').length - 1;
    return linesBefore(text.slice(0, at)) - linesBefore(source.slice(0, source.indexOf(core)));
  } catch {
    return 0;
  }
}

/**
 * Every post refused in this process. Astro's content loader renders .md posts itself and
 * only logs their errors, so the post-language gate integration fails the build on these.
 */
export const refusedPosts: PostLanguageError[] = [];

/** Where the rule's nodes of the post being compiled are gathered, in the compile's own data bag. */
const NODES = 'postLanguageNodes';

/**
 * The compiler plugin (MDX and Markdown) that enforces the post language on every compiled
 * post. The compiler walks the tree in native code and hands over only the nodes the rule
 * reads (RULE_NODE_TYPES), in document order: materialising every node of 1,000 posts in
 * JavaScript cost about a second of each build.
 */
export function postLanguagePlugin(options: PostLanguageOptions): MdastPluginDefinition {
  const gather = (node: unknown, context: MdastVisitorContext) => {
    const data = context.data as Record<string, unknown>;
    ((data[NODES] ??= []) as PostNode[]).push(node as PostNode);
  };
  return {
    name: 'post-language',
    options: { position: true },
    ...Object.fromEntries(RULE_NODE_TYPES.map((type) => [type, gather])),
    after(_root, context) {
      const nodes = ((context.data as Record<string, unknown>)[NODES] ?? []) as PostNode[];
      delete (context.data as Record<string, unknown>)[NODES];
      const problems = problemsInNodes(nodes, options);
      if (problems.length === 0) return;
      const offset = lineOffset(context.fileURL, context.source);
      const error = new PostLanguageError(
        shown(context.fileURL),
        problems.map((p) => ({ ...p, line: p.line + offset })),
      );
      refusedPosts.push(error);
      throw error;
    },
  };
}
