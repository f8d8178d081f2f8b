/**
 * Documentation generated from the content contract's metadata (src/schemas/): the check's
 * help and the field tables of PUBLISHING.md, so neither can drift from the schemas.
 */
import { z } from 'astro/zod';
import { allowedValues, exampleLine, fieldsOf, isOptionalField, metaOf, numberRange, unwrap } from '../../src/schemas/meta.ts';

/** One field as the docs list it. */
export interface FieldDoc {
  /** Name, with the list it sits in for fields of list entries: "updates[].status". */
  name: string;
  /** False when the field may be left out. */
  required: boolean;
  /** What it holds. */
  description: string;
  /** An example line "name: value" (first line only for block lists). */
  example?: string;
  /** The fixed words allowed (enums), or with `ids` also the ids of the data files. */
  values?: readonly string[];
  /** "1 to 53" for a number with bounds. */
  range?: string;
}

/** The allowed values of a field or of the entries of a list field; `ids` keeps the data files' ids. */
function valuesOf(schema: z.ZodType, ids: boolean): readonly string[] | undefined {
  const inner = unwrap(schema);
  const target = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : schema;
  const isEnum = unwrap(target) instanceof z.ZodEnum;
  return isEnum || ids ? allowedValues(target) : undefined;
}

/** The fields of an object schema, with the fields of the entries of its list fields after each. */
export function fieldDocs(schema: z.ZodType, ids = false, prefix = ''): FieldDoc[] {
  return Object.entries(fieldsOf(schema) ?? {}).flatMap(([name, field]) => {
    const meta = metaOf(field);
    const { min, max } = numberRange(field);
    const inner = unwrap(field);
    const example = meta.example ? exampleLine(name, meta.example).split('\n')[0] : undefined;
    const doc: FieldDoc = {
      name: `${prefix}${name}`,
      required: !isOptionalField(field),
      description: meta.description ?? '',
      ...(example && !example.endsWith(':') ? { example } : {}),
      ...(valuesOf(field, ids) ? { values: valuesOf(field, ids)! } : {}),
      ...(min !== undefined && max !== undefined ? { range: `${min} to ${max}` } : {}),
    };
    const entries = inner instanceof z.ZodArray ? fieldDocs(inner.element as z.ZodType, ids, `${prefix}${name}[].`) : [];
    return [doc, ...entries];
  });
}

/** The check's help: the fields of every kind of post and data file, with their allowed values. */
export function contractHelp(kinds: Record<string, z.ZodType>, dataFiles: Record<string, z.ZodType>): string {
  const block = (title: string, schema: z.ZodType) =>
    [
      title,
      ...fieldDocs(schema, true).map((f) => {
        const allowed = [f.values?.length ? `One of: ${f.values.join(', ')}.` : '', f.range ? `From ${f.range}.` : ''].filter(Boolean).join(' ');
        return `  ${f.name}${f.required ? '' : ' (optional)'}: ${f.description}${allowed ? ` ${allowed}` : ''}${f.example ? ` E.g. ${f.example}` : ''}`;
      }),
    ].join('\n');
  return [
    ...Object.entries(kinds).map(([kind, schema]) => block(`Fields of a post in ${kind}/:`, schema)),
    ...Object.entries(dataFiles).map(([name, schema]) => block(`Fields of an entry of ${name}.yaml:`, schema)),
  ].join('\n\n');
}

/** A Markdown table cell: pipes escaped, code in backticks. */
function code(text: string): string {
  return `\`${text.replaceAll('|', '\\|')}\``;
}

/** The Markdown field table of one schema, as PUBLISHING.md shows it (the fixed words, not the ids). */
export function fieldTable(schema: z.ZodType): string {
  const rows = fieldDocs(schema).map((f) => {
    const allowed = [f.values?.map(code).join(', '), f.range].filter(Boolean).join('; ') || '—';
    return `| ${code(f.name)} | ${f.required ? 'yes' : 'no'} | ${f.description.replaceAll('|', '\\|')} | ${allowed} | ${f.example ? code(f.example) : '—'} |`;
  });
  return ['| Field | Required | What it holds | Allowed | Example |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
