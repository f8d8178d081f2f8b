/**
 * Translations of posts: a file beside its original, named `<original>.<language>.mdx`
 * (content/statements/apology.es.mdx translates content/statements/apology.mdx), whose
 * frontmatter says which post it translates (`translationOf`) and into which language
 * (`lang`). It carries only the translated words: every fact (dates, status updates,
 * findings, routing changes) comes from the original. This module holds the rules that tie
 * a translation to its original, for the loader and `npm run check` alike.
 * Plain TypeScript: no Astro imports.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { closestName } from './closest-name.ts';
import type { ContentProblem } from './content-error.ts';
import { LANGUAGES, otherLanguages } from './languages.ts';

/** `<slug>.<two letters>.<mdx|md>`: the name of a translation file. */
const TRANSLATION_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.(mdx|md)$/;

/** The glob (inside a kind's folder) of the files named as translations, for the loaders. */
export const TRANSLATION_GLOB = '*.[a-z][a-z].{mdx,md}';

/** What a translation file's name says: the original's slug, the language and the extension. */
export interface TranslationName {
  /** The original's file name without extension ("apology"). */
  slug: string;
  /** The language code in the name ("es"). */
  lang: string;
  /** ".mdx" or ".md". */
  extension: string;
}

/** The parts of a translation file's name ("apology.es.mdx"), or undefined for any other name. */
export function parseTranslationName(fileName: string): TranslationName | undefined {
  const match = TRANSLATION_NAME.exec(fileName);
  return match ? { slug: match[1]!, lang: match[2]!, extension: `.${match[3]!}` } : undefined;
}

/** The two fields that tie a translation to its original, as written (not yet validated). */
export interface TranslationLink {
  /** The original's file name without extension. */
  translationOf?: unknown;
  /** The translation's language. */
  lang?: unknown;
}

/**
 * The problems of one translation file's ties to its original: a language the site has, the
 * fields matching the file name, and an original beside it. `kindDir` is the folder on disk,
 * `kindShown` the same folder as messages show it, `main` the site's main language.
 */
export function translationProblems(kindDir: string, kindShown: string, fileName: string, link: TranslationLink, main: string): ContentProblem[] {
  const file = `${kindShown}/${fileName}`;
  const name = parseTranslationName(fileName);
  if (!name) return [];
  const others = otherLanguages(main);
  const problems: ContentProblem[] = [];
  if (!(others as string[]).includes(name.lang)) {
    problems.push({
      file,
      line: 1,
      field: '(filename)',
      what: `"${name.lang}" in the file name is not a language this site translates into (${others.map((code) => `${code}: ${LANGUAGES[code]}`).join(', ')})`,
      fix: `name it ${name.slug}.<language>${name.extension} with one of ${others.join(', ')}; a new language is added in src/lib/languages.ts with its interface strings`,
    });
    return problems;
  }
  if (typeof link.translationOf === 'string' && link.translationOf !== name.slug) {
    problems.push({
      file,
      line: 1,
      field: 'translationOf',
      what: `"${link.translationOf}" does not match the file name, which translates "${name.slug}"`,
      fix: `write translationOf: ${name.slug}, or rename the file ${link.translationOf}.${name.lang}${name.extension} if it translates ${kindShown}/${link.translationOf}.mdx`,
    });
  }
  if (typeof link.lang === 'string' && link.lang !== name.lang) {
    problems.push({
      file,
      line: 1,
      field: 'lang',
      what: `"${link.lang}" does not match the language in the file name ("${name.lang}")`,
      fix: `write lang: ${name.lang}, or rename the file ${name.slug}.${link.lang}${name.extension}`,
    });
  }
  const original = ['.mdx', '.md'].find((extension) => existsSync(join(kindDir, `${name.slug}${extension}`)));
  if (!original) {
    const originals = existsSync(kindDir) ? listOriginals(kindDir) : [];
    const near = closestName(name.slug, originals);
    problems.push({
      file,
      line: 1,
      field: 'translationOf',
      what: `"${name.slug}" has no original: there is no ${kindShown}/${name.slug}.mdx to translate`,
      fix: near
        ? `did you mean ${near}? Rename the file ${near}.${name.lang}${name.extension} and write translationOf: ${near}`
        : `a translation sits beside its original in the same folder: add ${kindShown}/${name.slug}.mdx first, or move the translation beside the post it translates`,
    });
  }
  return problems;
}

/** The slugs of the original posts in a kind's folder (files that are not translations). */
function listOriginals(kindDir: string): string[] {
  return readdirSync(kindDir)
    .filter((file) => /\.mdx?$/.test(file) && !parseTranslationName(file))
    .map((file) => file.replace(/\.mdx?$/, ''));
}
