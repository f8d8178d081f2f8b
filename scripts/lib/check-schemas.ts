/**
 * The check's schema job: every post's frontmatter and every entry of the data files,
 * read as the loaders read them (dates as written), validated with the schemas of
 * src/schemas/ directly (`safeParse`), each issue placed at its file line.
 */
import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFileError } from '../../src/lib/content-error.ts';
import { readDataList } from '../../src/lib/data-files.ts';
import { frontmatterAsWritten } from '../../src/lib/yaml-text.ts';
import { explainZodIssue } from './explain-issue.ts';
import { indexOfId, locateField, splitFrontmatter, type FieldPath } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** "updates.0.status" from a path. */
function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The issues of validating `data` with `schema`, explained, each with the line `lineOf` gives its path. */
function validate(
  schema: z.ZodType,
  data: unknown,
  owner: string,
  file: string,
  lineOf: (path: FieldPath) => number,
  fieldName: (path: readonly PropertyKey[]) => string,
): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    explainZodIssue(issue, schema, data, owner).map((e) => ({
      file,
      line: lineOf(e.path as FieldPath),
      field: fieldName(e.path),
      what: e.what,
      fix: e.fix,
    })),
  );
}

/** The problems of one post of `kind` (file `abs`, shown as `file`) against its kind's schema. */
export function postSchemaProblems(schema: z.ZodType, kind: string, abs: string, file: string): Problem[] {
  const text = readFileSync(abs, 'utf8');
  const split = splitFrontmatter(text);
  if (!split.hasFrontmatter) {
    return [
      {
        file,
        line: 1,
        field: '(frontmatter)',
        what: 'the file does not start with frontmatter (the fields between two --- lines)',
        fix: 'start the file with ---, the fields, and another --- (`npm run new` writes them for you)',
      },
    ];
  }
  let data: unknown;
  try {
    data = frontmatterAsWritten(text, file) ?? {};
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    return error.problems.map((p) => ({ file, line: p.line, field: '(frontmatter)', what: p.what, fix: p.fix }));
  }
  const lineOf = (path: FieldPath) => {
    const located = locateField(split.frontmatter, path);
    return located.found === 'none' ? split.closingLine : located.line + split.frontmatterLine - 1;
  };
  return validate(schema, data ?? {}, `posts in ${kind}/`, file, lineOf, dotted);
}

/**
 * The problems of the entries of one data file (`name` in the folder `contentAbs`, shown
 * as `file`). The file itself can be read (the loaders' rules are checked before).
 */
export function dataSchemaProblems(schema: z.ZodType, name: string, contentAbs: string, file: string): Problem[] {
  const text = readFileSync(join(contentAbs, `${name}.yaml`), 'utf8');
  return readDataList(contentAbs, `${name}.yaml`).flatMap((entry) => {
    const id = String(entry.id);
    const index = indexOfId(text, id);
    const lineOf = (path: FieldPath) => locateField(text, index >= 0 ? [index, ...path] : []).line;
    const fieldName = (path: readonly PropertyKey[]) => [id, dotted(path)].filter(Boolean).join('.');
    return validate(schema, entry, `the entries of ${name}.yaml`, file, lineOf, fieldName);
  });
}
