/**
 * Where a post file may be and what it may be called. A post's address is its folder and
 * file name (content/progress/week-3.mdx is /progress/week-3/), so a name must be a valid,
 * unique address that no other page of the site already uses.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname } from 'node:path';
import type { ContentProblem } from './content-error.ts';
import { ContentFileError } from './content-error.ts';
import { POST_EXTENSIONS, findDuplicateSlugs } from './unique-slugs.ts';
import { parseTranslationName } from './translation-files.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A file name turned into lowercase words joined by hyphens ("Week 3_Update" → "week-3-update"). */
export function suggestName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The problems of one post file's place and name. `relativePath` is relative to its kind's
 * folder, with "/" separators; `kindDir` is that folder as shown in messages.
 */
export function postNameProblems(kind: string, kindDir: string, relativePath: string): ContentProblem[] {
  const file = `${kindDir}/${relativePath}`;
  const extension = extname(relativePath);
  const name = relativePath.split('/').at(-1)!.slice(0, -extension.length);
  if (relativePath.includes('/')) {
    return [
      {
        file,
        line: 1,
        field: '(folder)',
        what: `is in a sub-folder of ${kindDir}/, and posts are published only from the folder itself`,
        fix: `move it to ${kindDir}/${name}${extension}`,
      },
    ];
  }
  if (!SLUG.test(name)) {
    const suggestion = suggestName(name);
    return [
      {
        file,
        line: 1,
        field: '(filename)',
        what: `the file name "${name}" cannot be a web address: only lowercase letters, digits and hyphens are allowed`,
        fix: suggestion ? `rename it to ${suggestion}${extension}` : 'rename it with lowercase words joined by hyphens, e.g. week-3.mdx',
      },
    ];
  }
  if (/^\d+$/.test(name)) {
    return [
      {
        file,
        line: 1,
        field: '(filename)',
        what: `would be published at /${kind}/${name}/, the address of page ${name} of the ${kind} list`,
        fix: `start the name with a word or a date, e.g. week-${name}${extension} or 2026-09-04-week-${name}${extension}`,
      },
    ];
  }
  return [];
}

/** Every problem of the post files of one kind's folder: places, names, and two files with one address. */
export function postFileProblems(kind: string, dir: string, kindDir: string): ContentProblem[] {
  if (!existsSync(dir)) return [];
  const all = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .sort();
  // Translations (apology.es.mdx) follow their own rules (translation-files.ts).
  const files = all.filter((f) => POST_EXTENSIONS.includes(extname(f)) && !parseTranslationName(f));
  const problems = files.flatMap((f) => postNameProblems(kind, kindDir, f));
  // "Week-3.MDX" is never loaded (the loader matches .mdx and .md exactly).
  for (const f of all.filter((f) => POST_EXTENSIONS.includes(extname(f).toLowerCase()) && !POST_EXTENSIONS.includes(extname(f)))) {
    problems.push({
      file: `${kindDir}/${f}`,
      line: 1,
      field: '(filename)',
      what: `ends in "${extname(f)}", so it will never be published: only lowercase .mdx and .md are`,
      fix: `rename it to ${f.slice(0, -extname(f).length)}${extname(f).toLowerCase()}`,
    });
  }
  for (const group of findDuplicateSlugs(dir)) {
    const paths = group.map((f) => `${kindDir}/${f.replaceAll('\\', '/')}`);
    // Each file of the group is named, so the author sees both wherever they look first.
    for (const path of paths) {
      problems.push({
        file: path,
        line: 1,
        field: '(filename)',
        what: `has the same web address as ${paths.filter((p) => p !== path).join(' and ')}`,
        fix: "rename or delete one of them: the file name is the post's address (.md and .mdx files with one name collide)",
      });
    }
  }
  return problems;
}

/** Throws a ContentFileError listing every problem of a kind's post files. */
export function assertPostFiles(kind: string, dir: string, kindDir: string): void {
  const problems = postFileProblems(kind, dir, kindDir);
  if (problems.length > 0) throw new ContentFileError(problems);
}
