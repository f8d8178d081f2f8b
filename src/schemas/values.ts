/**
 * The building blocks of the content schemas: dates checked as written, words for URLs,
 * web addresses, time zones, references to the data files and fixed word lists. Every
 * problem they find carries `what` and `fix` as issue params, so `npm run check` prints
 * them as they are (the message Astro prints is the two joined).
 */
import { z } from 'astro/zod';
import { readIsoDateTime } from '../lib/iso-date.ts';
import { field } from './meta.ts';

/** What is wrong and how to fix it, as a custom issue carries them. */
export interface IssueParams {
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

/** Adds a problem to a refinement: the message is "what. fix", the params keep the two apart. */
export function problem(ctx: z.core.$RefinementCtx<unknown>, what: string, fix: string, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message: `${what}. ${fix}`, params: { what, fix } satisfies IssueParams, ...(path ? { path } : {}) });
}

/**
 * An ISO 8601 date or date-time with offset, checked as written (the loaders hand dates
 * over as text, so 2026-02-30 is refused rather than read as 2 March); becomes a Date.
 */
export const dateTime = z.string({ error: 'should be a date such as 2026-09-01 or 2026-09-01T09:00:00-07:00.' }).transform((value, ctx) => {
  const result = readIsoDateTime(value);
  if (!result.ok) {
    problem(ctx, result.what, result.fix);
    return z.NEVER;
  }
  return result.date;
});

/** A lowercase, hyphenated word used in URLs. */
export const slugWord = z.string().superRefine((value, ctx) => {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
    problem(ctx, `"${value}" is not allowed`, 'Use lowercase letters, digits and hyphens, e.g. "waiting-rooms".');
  }
});

/** An absolute http(s) web address. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

/** True for a time zone name the runtime knows. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as America/New_York. */
export const timeZone = z.string().refine(isTimeZone, 'is not an IANA time zone such as "America/New_York" or "UTC".');

/**
 * A string that must be one of the ids declared in a YAML data file (`where`); the ids are
 * its allowed values in the metadata.
 */
export function reference(ids: readonly string[], noun: string, where: string) {
  const schema = z.string().superRefine((value, ctx) => {
    if (!ids.includes(value)) {
      problem(ctx, `unknown ${noun} "${value}"`, `Valid values: ${ids.join(', ') || '(none defined)'}. Fix the spelling, or add it to ${where}.`);
    }
  });
  return field(schema, { values: ids, noun });
}

/** One of a fixed list of words, with a message that lists them; the words are its allowed values. */
export function oneOf<T extends readonly [string, ...string[]]>(values: T, noun: string) {
  const schema = z.enum(values, {
    error: (issue) => `"${String(issue.input)}" is not a valid ${noun}. Valid values: ${values.join(', ')}.`,
  });
  return field(schema, { values, noun });
}
