/**
 * Explains one Zod issue, found by validating a content file with its schema (src/schemas/),
 * in the comms team's words: the field, what is wrong and how to fix it. It reads the
 * issue's structure (code, path, expected type, sizes, allowed values, and the what/fix a
 * schema refinement attaches) and the field's metadata (description, example, values).
 */
import type { z } from 'astro/zod';
import { closestName } from '../../src/lib/closest-name.ts';
import { exampleLine, fieldsOf, metaOf, schemaAt, type FieldMeta } from '../../src/schemas/meta.ts';
import type { IssueParams } from '../../src/schemas/values.ts';
import { TODO } from './scaffold.ts';

/** A problem without its place (file and line are added by the caller). */
export interface Explained {
  /** The path of the field (numbers are list positions). */
  path: PropertyKey[];
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a list or a group of fields',
  array: 'a list',
  tuple: 'a list',
  date: 'a date',
  null: 'empty',
};

/** The type of a value, in Zod's words. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The value at a path of field names and list positions. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}

/** The nearest field on the path (itself or a list holding it) that has a description, with its name. */
function helpAt(schema: z.ZodType, path: readonly PropertyKey[]): { name: string; meta: FieldMeta } | undefined {
  for (let end = path.length; end > 0; end--) {
    const name = path[end - 1];
    if (typeof name !== 'string') continue;
    const found = schemaAt(schema, path.slice(0, end));
    const meta = found ? metaOf(found) : undefined;
    if (meta?.description) return { name, meta };
  }
  return undefined;
}

/** The help sentence of the field at a path, without its final period ("" when it has none). */
export function helpText(schema: z.ZodType, path: readonly PropertyKey[]): string {
  return helpAt(schema, path)?.meta.description ?? '';
}

/** ", e.g. week: 14" (a block example shows its first line), or "" when the field has no example. */
function eg(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const help = helpAt(schema, path);
  if (!help?.meta.example) return '';
  const [first, ...rest] = exampleLine(help.name, help.meta.example).split('\n');
  return `, e.g. ${rest.length > 0 ? `${first} followed by indented entries` : first}`;
}

/** The description as a fix: "One or two sentences …, e.g. summary: "…"", or a pointer to the docs. */
function describe(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const help = helpAt(schema, path);
  return help?.meta.description ? `${help.meta.description.replace(/\.$/, '')}${eg(schema, path)}` : 'see PUBLISHING.md';
}

/** The fix for a value of the wrong type. */
function typeFix(expected: string, schema: z.ZodType, path: readonly PropertyKey[]): string {
  const example = eg(schema, path);
  if (expected === 'number') return `write the number without quotes${example}`;
  if (expected === 'boolean') return 'write true or false, without quotes';
  if (expected === 'array' || expected === 'tuple') return `write a list in square brackets${example}`;
  if (expected === 'object') return `write the indented fields under it${example}`;
  return `put the text in double quotes${example}`;
}

/** True for a message Zod wrote itself, false for one the schema gives (which says more). */
function isZodDefault(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized)/.test(message);
}

/** "posts in statements/", "an entry of "updates"" …: what the unknown field is not a field of. */
function ownerWords(owner: string, path: readonly PropertyKey[]): string {
  const list = path.filter((p) => typeof p === 'string').at(-1);
  return list ? `an entry of "${String(list)}"` : owner;
}

/** The explanation of an issue before a placeholder is recognised. */
function explainOne(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown, owner: string): Explained[] {
  const path = issue.path;
  const value = valueAt(data, path);
  const params = (issue as { params?: Partial<IssueParams> }).params;
  if (issue.code === 'custom' && params?.what && params.fix) return [{ path, what: params.what, fix: params.fix }];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys(fieldsOf(schemaAt(schema, path) ?? schema) ?? {});
      return issue.keys.map((key) => {
        const suggestion = closestName(key, known);
        return {
          path: [...path, key],
          what: `"${key}" is not a field of ${ownerWords(owner, path)}`,
          fix: suggestion
            ? `did you mean "${suggestion}"? Rename it, or delete the line`
            : 'delete the line, or check its spelling against the fields in PUBLISHING.md',
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        const help = helpAt(schema, path);
        const fix = help?.meta.description
          ? `add it${eg(schema, path)} (${help.meta.description.replace(/\.$/, '')})`
          : 'add it (see the other entries of the file)';
        return [{ path, what: 'is missing', fix }];
      }
      if (issue.expected === 'int') return [{ path, what: 'must be a whole number', fix: `remove the decimals${eg(schema, path)}` }];
      if (!isZodDefault(issue.message)) return [{ path, what: issue.message.replace(/\.$/, ''), fix: describe(schema, path) }];
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return [{ path, what: `should be ${expected} but is ${TYPE_WORDS[typeOf(value)] ?? typeOf(value)}`, fix: typeFix(issue.expected, schema, path) }];
    }
    case 'too_small': {
      const size = Number(issue.minimum);
      if (!isZodDefault(issue.message)) return [{ path, what: issue.message.replace(/\.$/, ''), fix: `add one${eg(schema, path)}` }];
      if (issue.origin === 'string') return [{ path, what: 'is empty', fix: `write the text${eg(schema, path)}` }];
      if (issue.origin === 'array') return [{ path, what: `needs at least ${size} entr${size === 1 ? 'y' : 'ies'}`, fix: `add one${eg(schema, path)}` }];
      return [{ path, what: `is too small (the least allowed is ${size})`, fix: `use ${size} or more` }];
    }
    case 'too_big': {
      const size = Number(issue.maximum);
      if (issue.origin === 'string') return [{ path, what: `is too long (at most ${size} characters)`, fix: 'shorten it' }];
      if (issue.origin === 'array') return [{ path, what: `has too many entries (at most ${size})`, fix: 'remove some' }];
      return [{ path, what: `is too big (the most allowed is ${size})`, fix: `use ${size} or less` }];
    }
    case 'invalid_value': {
      const noun = metaOf(schemaAt(schema, path) ?? schema).noun;
      const values = issue.values.map(String);
      return noun
        ? [{ path, what: `"${String(value)}" is not a valid ${noun}`, fix: `Valid values: ${values.join(', ')}.` }]
        : [{ path, what: 'is not one of the allowed values', fix: `use one of: ${values.join(', ')}` }];
    }
    default:
      return [{ path, what: issue.message.replace(/\.$/, ''), fix: describe(schema, path) }];
  }
}

/**
 * Explains a Zod issue of validating `data` with `schema`; `owner` says whose fields they
 * are ("posts in statements/"). One issue may name several fields (unknown keys). A value
 * still left as TODO by `npm run new` is a placeholder to fill, whatever the schema says.
 */
export function explainZodIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown, owner: string): Explained[] {
  return explainOne(issue, schema, data, owner).map((explained) => {
    const value = valueAt(data, explained.path);
    const placeholder = typeof value === 'string' && new RegExp(`^${TODO}\\b`).test(value);
    return placeholder ? { ...explained, what: `still has the placeholder "${TODO}"` } : explained;
  });
}
