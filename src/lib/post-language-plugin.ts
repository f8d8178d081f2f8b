/**
 * The post-language rule (post-language.ts) as a plugin of the MDX compiler (Sätteri, the
 * processor @astrojs/mdx uses): astro.config.mjs gives it to the MDX integration, so that the
 * build, the feeds and the dev preview stop on a post that breaks it, and `npm run check`
 * gives it to the same compiler. A post that breaks the rule fails to compile with a
 * PostLanguageError that lists every problem as `file:line  (text)  what is wrong  what to do`.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { postLanguageProblems, type LanguageProblem, type PostLanguageOptions, type PostNode } from './post-language.ts';

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

/** The MDX compiler plugin that enforces the post language on every compiled post. */
export function postLanguagePlugin(options: PostLanguageOptions): MdastPluginDefinition {
  return {
    name: 'post-language',
    options: { position: true },
    before(root, context) {
      const problems = postLanguageProblems(root as unknown as PostNode, options);
      if (problems.length > 0) throw new PostLanguageError(shown(context.fileURL), problems);
    },
  };
}
