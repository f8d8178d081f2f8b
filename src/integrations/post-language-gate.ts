/**
 * Fails the build when any post breaks the post language (src/lib/post-language.ts).
 * An .mdx post fails its own compile, which stops the build. But Astro's content loader
 * renders .md posts itself and only logs an error, after which the build would go on and
 * publish the post without its text; and with a warm content cache it does not render an
 * unchanged .md post again at all. So this gate reads every .md post itself before the build
 * (a cheap parse), and also stops the build on any post the compiler plugin refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { markdownToMdast } from 'satteri';
import { postLanguageProblems, type PostLanguageOptions, type PostNode } from '../lib/post-language';
import { PostLanguageError, refusedPosts } from '../lib/post-language-plugin';
import { POST_KINDS } from '../lib/vocabulary';

/** A file's text with its frontmatter blanked out, so that lines keep their numbers. */
function bodyInPlace(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, (frontmatter) => '\n'.repeat(frontmatter.split('\n').length - 1));
}

/** The .md posts of the content folder that break the post language. */
export function refusedMarkdownPosts(contentDir: string, options: PostLanguageOptions): PostLanguageError[] {
  const errors: PostLanguageError[] = [];
  for (const kind of POST_KINDS) {
    let files: string[];
    try {
      files = readdirSync(join(contentDir, kind), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    } catch {
      continue;
    }
    for (const file of files) {
      const path = join(contentDir, kind, file);
      const tree = markdownToMdast(bodyInPlace(readFileSync(path, 'utf8')), { position: true }) as unknown as PostNode;
      const problems = postLanguageProblems(tree, options);
      if (problems.length > 0) errors.push(new PostLanguageError(relative(process.cwd(), path).split(sep).join('/'), problems));
    }
  }
  return errors;
}

/** What to do about refused posts, shown by Astro under the problems. */
export const REFUSAL_HINT = 'Change or remove each line above: "What a post may contain" in PUBLISHING.md lists what a post may hold.';

/** All refused posts' problems as Astro's error (one line per problem, with the hint), or undefined when there is none. */
export function refusal(errors: readonly PostLanguageError[]): AstroError | undefined {
  if (errors.length === 0) return undefined;
  const lines = [...new Set(errors.flatMap((error) => error.message.split('\n').slice(1)))];
  return new AstroError(`Posts contain what the site does not publish:\n${lines.join('\n')}`, REFUSAL_HINT);
}

/** The integration: checks .md posts and refused compiles before the build, and compiles again after it. */
export function postLanguageGate(options: PostLanguageOptions & { contentDir: string }): AstroIntegration {
  const gate = (errors: readonly PostLanguageError[]) => {
    const error = refusal(errors);
    if (error) throw error;
  };
  return {
    name: 'trust-site:post-language-gate',
    hooks: {
      'astro:build:start': () => gate([...refusedMarkdownPosts(options.contentDir, options), ...refusedPosts]),
      'astro:build:done': () => gate(refusedPosts),
    },
  };
}
