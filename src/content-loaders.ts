/**
 * The loaders of the content collections: one glob loader per kind of post and one file
 * loader per YAML data file, each failing first on a data file that cannot be read. A content
 * file's problems stop the build as Astro's own error, with the hint (content-astro-error.ts).
 */
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertDataFilesReadable, parseDataList, readDataList, shownPath } from './lib/data-files';
import { assertPostFiles } from './lib/post-files';
import { ContentFileError } from './lib/content-error';
import { TRANSLATION_GLOB, translationProblems } from './lib/translation-files';
import { POST_KINDS } from './lib/vocabulary';
import { datesAsWritten, frontmatterAsWritten } from './lib/yaml-text';
import type { ContentRefs } from './schemas';
import { withAstroErrors } from './content-astro-error';

/**
 * A glob loader for one kind's folder. It first fails when a data file cannot be read (so
 * no post is judged against a broken list) or a file's place or name cannot be its address;
 * it hands the schema each date as written in the frontmatter, not as js-yaml read it.
 */
export function posts(kind: string, refs: ContentRefs): Loader {
  const contentDir = refs.contentDir;
  const base = join(contentDir, kind);
  // Translations (apology.es.mdx) sit beside their originals but are loaded by translations().
  const inner = glob({ base, pattern: ['**/*.mdx', '**/*.md', `!${TRANSLATION_GLOB}`] });
  /** The ids posts may refer to, as one string: the posts are checked again when it changes. */
  const referenceDigest = JSON.stringify([refs.commitmentIds, refs.regionIds, refs.personIds]);
  return withAstroErrors({
    name: `posts-${kind}`,
    load: async (context) => {
      assertDataFilesReadable(contentDir);
      assertPostFiles(kind, base, shownPath(base));
      // Astro re-checks only the posts whose text changed since the cached build: when the
      // lists they refer to changed, check them all again (a removed id must fail its posts).
      if (context.meta.get('reference-ids') !== referenceDigest) {
        context.store.clear();
        context.meta.set('reference-ids', referenceDigest);
      }
      const parseData: typeof context.parseData = async (entry) => {
        const path = entry.filePath;
        const written = path ? frontmatterAsWritten(readFileSync(path, 'utf8'), shownPath(path)) : undefined;
        return context.parseData({ ...entry, data: datesAsWritten(entry.data, written) as typeof entry.data });
      };
      return inner.load({ ...context, parseData });
    },
  });
}

/**
 * The loader of every translated post (content/<kind>/<original>.<language>.mdx), with ids
 * "<kind>/<original>.<language>". A translation whose name, `translationOf` or `lang` does not
 * tie it to an original beside it stops the build with the file, the field and the fix.
 */
export function translations(contentDir: string, mainLanguage: string): Loader {
  const inner = glob({
    base: contentDir,
    pattern: POST_KINDS.map((kind) => `${kind}/${TRANSLATION_GLOB}`),
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return withAstroErrors({
    name: 'translations',
    load: async (context) => {
      assertDataFilesReadable(contentDir);
      // Every translation is checked against its original on every build: with a warm cache
      // Astro would skip an unchanged file, and a translation whose original was renamed or
      // deleted since would drop out of the site without a word. Translations are few.
      context.store.clear();
      const parseData: typeof context.parseData = async (entry) => {
        const path = entry.filePath!;
        const [kind, fileName] = entry.id.split('/') as [string, string];
        const link = entry.data as { translationOf?: unknown; lang?: unknown };
        const extension = path.endsWith('.md') ? '.md' : '.mdx';
        const problems = translationProblems(join(contentDir, kind), shownPath(join(contentDir, kind)), `${fileName}${extension}`, link, mainLanguage);
        if (problems.length > 0) throw new ContentFileError(problems);
        return context.parseData(entry);
      };
      return inner.load({ ...context, parseData });
    },
  });
}

/**
 * A file loader for one YAML data file, read as written (dates stay text). A file that
 * cannot be read, or has an entry without an id or an id used twice, stops the build:
 * Astro's own file loader logs the error and keeps the previous build's data.
 */
export function dataFile(name: string, contentDir: string): Loader {
  const path = join(contentDir, name);
  const inner = file(path, { parser: (text) => parseDataList(text, shownPath(path)) });
  return withAstroErrors({
    name: `data-${name}`,
    load: async (context) => {
      readDataList(contentDir, name); // this file's own error first
      assertDataFilesReadable(contentDir);
      return inner.load(context);
    },
  });
}
