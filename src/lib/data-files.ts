/**
 * The YAML data files (commitments.yaml, regions.yaml, people.yaml) read as written: a list
 * of entries, each with a unique `id`. Anything else stops the build and the check with
 * the file, the line and the fix: a data file that cannot be read is never replaced by
 * an older copy from Astro's cache, nor read as an empty list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isMap, isSeq } from 'yaml';
import { ContentFileError, type ContentProblem } from './content-error.ts';
import { parseYamlAsWritten } from './yaml-text.ts';

/** The data files, in the order they are checked. */
export const DATA_FILES = ['people.yaml', 'commitments.yaml', 'regions.yaml'] as const;

/** A path as messages show it: relative to the working folder when inside it, with "/" separators. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/** Parses the text of a data file into its entries (dates stay text). Throws a ContentFileError naming every problem. */
export function parseDataList(text: string, file: string): Record<string, unknown>[] {
  const { doc, lines } = parseYamlAsWritten(text, file);
  const lineOf = (offset: number | undefined) => lines.linePos(offset ?? 0).line;
  const list = doc.contents;
  if (!isSeq(list)) {
    throw new ContentFileError([
      {
        file,
        line: 1,
        field: '(file)',
        what: list === null ? 'is empty' : 'is not a list of entries',
        fix: 'start every entry with "- id: …" at the beginning of a line, as in the other data files',
      },
    ]);
  }
  const problems: ContentProblem[] = [];
  const firstLineOfId = new Map<string, number>();
  list.items.forEach((item, index) => {
    const line = lineOf((item as { range?: number[] } | null)?.range?.[0]);
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id !== 'string' || id === '') {
      problems.push({
        file,
        line,
        field: `${index}.id`,
        what: `entry ${index + 1} has no id`,
        fix: 'add "id: some-id" (lowercase words joined by hyphens) as its first line',
      });
      return;
    }
    const earlier = firstLineOfId.get(id);
    if (earlier !== undefined) {
      problems.push({
        file,
        line,
        field: `${id}.id`,
        what: `the id "${id}" is used twice (line ${earlier} and line ${line})`,
        fix: 'every entry needs its own id: rename one of them, or merge the two entries',
      });
      return;
    }
    firstLineOfId.set(id, line);
  });
  if (problems.length > 0) throw new ContentFileError(problems);
  return doc.toJS() as Record<string, unknown>[];
}

/** Reads a data file of the content folder; throws a ContentFileError when it is missing or broken. */
export function readDataList(contentDir: string, name: string): Record<string, unknown>[] {
  const path = join(contentDir, name);
  const file = shownPath(path);
  if (!existsSync(path)) {
    throw new ContentFileError([{ file, line: 1, field: '(file)', what: 'is missing', fix: `create ${file}: the site cannot be built without it` }]);
  }
  return parseDataList(readFileSync(path, 'utf8'), file);
}

/** Data files already read without error, by path and text (every loader asks; a changed text is read again). */
const readableTexts = new Set<string>();

/** Throws the first data file's error, if any of them cannot be read (so that no post is checked against a broken list). */
export function assertDataFilesReadable(contentDir: string): void {
  for (const name of DATA_FILES) {
    const path = join(contentDir, name);
    const key = existsSync(path) ? `${path}\n${readFileSync(path, 'utf8')}` : undefined;
    if (key !== undefined && readableTexts.has(key)) continue;
    readDataList(contentDir, name);
    if (key !== undefined) readableTexts.add(key);
  }
}
