/**
 * The metadata every field of the content contract carries, and how it is read back: the
 * check's fixes, the scaffolder's comments, the check's help and the docs all come from it.
 * Plain TypeScript (zod only): no Astro runtime.
 */
import { z } from 'astro/zod';

/** What a field says about itself, besides its type. */
export type FieldMeta = {
  /** What the field holds, in one sentence in the comms team's words. */
  description?: string;
  /** A value as an author writes it in YAML after "name:" (a block list starts with a line break). */
  example?: string;
  /** The values allowed, when they are a fixed word list or the ids of a data file. */
  values?: readonly string[];
  /** What one value is called in messages, e.g. "commitment status". */
  noun?: string;
};

/** The schema with its field metadata attached (Zod's `.meta()`); the metadata travels with it. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta) as T;
}

/** The schema a wrapper (optional, default, transform) wraps, or undefined for a plain one. */
function unwrapOnce(schema: z.ZodType): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return schema.unwrap() as z.ZodType;
  }
  if (schema instanceof z.ZodPipe) return schema.in as z.ZodType;
  return undefined;
}

/** The schema without its wrappers: the object, array, enum or string underneath. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let next = unwrapOnce(current); next; next = unwrapOnce(current)) current = next;
  return current;
}

/** The metadata of a field, gathered through its wrappers (the outermost wins). */
export function metaOf(schema: z.ZodType): FieldMeta {
  const layers: z.ZodType[] = [];
  for (let s: z.ZodType | undefined = schema; s; s = unwrapOnce(s)) layers.push(s);
  return Object.assign({}, ...layers.reverse().map((s) => (s.meta() ?? {}) as FieldMeta)) as FieldMeta;
}

/** The named fields of an object schema (through its wrappers), or undefined when it is not one. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

/** The schema at a path of field names and list indexes ("updates", 0, "status"), or undefined. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    if (inner instanceof z.ZodObject) current = (inner.shape as Record<string, z.ZodType>)[String(step)];
    else if (inner instanceof z.ZodArray) current = inner.element as z.ZodType;
    else if (inner instanceof z.ZodTuple) current = (inner.def.items as z.ZodType[])[Number(step)];
    else return undefined;
  }
  return current;
}

/** True when the field may be left out (it is optional or has a default). */
export function isOptionalField(schema: z.ZodType): boolean {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;
}

/** The values a field allows: its metadata's list, or the options of an enum underneath. */
export function allowedValues(schema: z.ZodType): readonly string[] | undefined {
  const meta = metaOf(schema);
  if (meta.values) return meta.values;
  const inner = unwrap(schema);
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

/** The least and greatest number a number field allows, when it sets them. */
export function numberRange(schema: z.ZodType): { min?: number; max?: number } {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodNumber)) return {};
  const min = inner.minValue ?? undefined;
  const max = inner.maxValue ?? undefined;
  return { ...(Number.isFinite(min) ? { min: min! } : {}), ...(Number.isFinite(max) ? { max: max! } : {}) };
}

/** The example as a YAML line (or block) "name: value". */
export function exampleLine(name: string, example: string): string {
  return example.startsWith('\n') ? `${name}:${example}` : `${name}: ${example}`;
}
