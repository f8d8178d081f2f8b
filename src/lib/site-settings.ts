/**
 * content/site.yaml: the settings a company chooses for its site (name, plan, time zones,
 * contacts, repository, brand), validated like a post. A mistake stops the build and
 * `npm run check` with the file, the line, the field, the value and the fix. Values that
 * differ per deployment (SITE_URL, BASE_PATH, SITE_NOW, REPOSITORY_URL, …) stay in the
 * environment and override these (src/site.config.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, type Document, type LineCounter } from 'yaml';
import { z } from 'zod';
import { brandContrastProblems } from './brand.ts';
import { closestName } from './closest-name.ts';
import { ContentFileError, type ContentProblem } from './content-error.ts';
import { HEX_COLOUR } from './contrast.ts';
import { LANGUAGE_CODES } from './languages.ts';
import { shownPath } from './data-files.ts';
import { readIsoDateTime } from './iso-date.ts';
import { parseYamlAsWritten } from './yaml-text.ts';

/** The settings file's name inside the content folder. */
export const SITE_SETTINGS_FILE = 'site.yaml';

/** The interface languages that have strings in src/i18n/ (the list is src/lib/languages.ts). */
export const SITE_LANGUAGES = LANGUAGE_CODES;

/** What each field means and an example, for error messages and PUBLISHING.md (tested against it). */
export const SITE_FIELDS = {
  company: { about: 'the company the site speaks for', example: 'Brightwell' },
  title: { about: 'site title: header, browser tab, feeds', example: 'Brightwell Trust Center' },
  description: { about: 'one sentence for search engines, link previews and feeds', example: 'Our apology, our plan, and the evidence.' },
  language: { about: `language of the interface and the posts (${SITE_LANGUAGES.join(', ')})`, example: 'en' },
  'plan.start': { about: "the plan's first day, in the plan's time zone", example: '2026-09-01' },
  'plan.days': { about: 'how many days the plan lasts (1 to 3650)', example: '90' },
  'plan.timeZone': { about: "the company's time zone: plan days begin and deadlines end at its midnight", example: 'America/Los_Angeles' },
  displayTimeZone: { about: 'time zone for showing dates that carry no zone of their own', example: 'UTC' },
  'contacts.security': { about: 'where security researchers write (security.txt, /security/)', example: 'mailto:security@example.com' },
  'repository.url': { about: 'web address of the repository, for "View source" and history links', example: 'https://github.com/example/trust-center' },
  'repository.branch': { about: 'the branch the site is published from', example: 'main' },
  'brand.colour': { about: 'accent colour on the light page (links, buttons), #rrggbb, at least 4.5:1 against the page', example: '"#0b5cad"' },
  'brand.colourDark': { about: 'accent colour on the dark page, #rrggbb, at least 4.5:1 against it', example: '"#8cc4ff"' },
  'brand.logo': { about: 'the logo, an SVG file in public/ (used as the site icon)', example: 'public/favicon.svg' },
  mediaOrigins: { about: 'other sites posts may load pictures, video and audio from (empty: none)', example: '["https://media.example.com"]' },
  ledgerStart: { about: 'when the site went public: edits after it are the public record', example: '2026-11-30T00:00:00Z' },
  pageSize: { about: 'posts per page on lists (1 to 100)', example: '10' },
  feedLimit: { about: 'items in the site-wide feeds (1 to 100)', example: '20' },
  notice: { about: 'optional line in the footer after the copyright', example: 'Demo content: the company is fictional.' },
} as const;

/** A settings field name as the messages show it ("plan.start"). */
export type SiteField = keyof typeof SITE_FIELDS;

/** True when the runtime knows `zone` as an IANA time zone. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** Non-empty text. */
const text = () => z.string({ error: 'must be text' }).trim().min(1, { error: 'is empty', abort: true });

/** An IANA time zone name. */
const timeZone = () =>
  text().refine(isTimeZone, {
    error: (issue) => {
      const near = closestName(String(issue.input), Intl.supportedValuesOf('timeZone'));
      return `"${String(issue.input)}" is not a time zone name${near ? ` (did you mean ${near}?)` : ''}`;
    },
  });

/** A whole number between min and max. */
const count = (min: number, max: number) =>
  z
    .number({ error: (issue) => `"${String(issue.input)}" is not a number` })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** A web address with one of the given schemes. */
const address = (schemes: readonly string[]) =>
  text().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: (issue) => `"${String(issue.input)}" is not a ${schemes.join(' or ')} address` },
  );

/** A #rrggbb colour. */
const colour = () => text().regex(HEX_COLOUR, { error: (issue) => `"${String(issue.input)}" is not a #rrggbb colour` });

/** A group of settings (plan, contacts, repository, brand); written as one value instead of indented settings, it says so. */
const group = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, { error: 'is not a group of settings: write its settings under it, one per line, indented' });

/** The schema of content/site.yaml. Every field is required unless marked optional. */
export const siteSettingsSchema = z
  .strictObject({
    /** The company the site speaks for. */
    company: text(),
    /** Site title: header, browser tab, feeds. */
    title: text(),
    /** One sentence for search engines, link previews and feeds. */
    description: text(),
    /** Language of the interface and the posts (BCP 47); one that src/i18n/ui.ts has strings for. */
    language: z.enum(SITE_LANGUAGES, { error: (issue) => `"${String(issue.input)}" has no interface strings yet (available: ${SITE_LANGUAGES.join(', ')})` }),
    /** The plan. */
    plan: group({
      /** First day of the plan (YYYY-MM-DD), a calendar day in plan.timeZone. */
      start: text().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && readIsoDateTime(value).ok, {
        error: (issue) => `"${String(issue.input)}" is not a real day written YYYY-MM-DD`,
      }),
      /** Length of the plan in days. */
      days: count(1, 3650),
      /** The company's time zone, the plan's one clock: its days begin, and a commitment due on a day is on time until that day ends, here. */
      timeZone: timeZone(),
    }),
    /** Time zone used to show dates that have no zone of their own. */
    displayTimeZone: timeZone(),
    /** Contact addresses. */
    contacts: group({
      /** Where security researchers write: a mailto: or https: address. */
      security: address(['mailto:', 'https:']),
    }),
    /** The repository that holds the content. */
    repository: group({
      /** Its web address, for history and "view source" links (REPOSITORY_URL overrides). */
      url: address(['https:', 'http:']),
      /** The branch the site is published from (REPOSITORY_BRANCH overrides). */
      branch: text(),
    }),
    /** The brand. */
    brand: group({
      /** Accent colour on the light page: links, buttons, highlights. */
      colour: colour(),
      /** Accent colour on the dark page. */
      colourDark: colour(),
      /** Path from the project folder to the logo, an SVG file in public/ (the site icon). */
      logo: text().regex(/^public\/[^\s]+\.svg$/, { error: (issue) => `"${String(issue.input)}" is not the path of an .svg file in public/` }),
    }),
    /** Origins ("https://media.example") that images, video and audio in posts may load from besides the site. */
    mediaOrigins: z.array(
      address(['https:']).refine((value) => URL.canParse(value) && new URL(value).origin === value, {
        error: (issue) => `"${String(issue.input)}" is not an origin (scheme and host only, no path or trailing slash)`,
      }),
      { error: 'must be a list, e.g. [] or ["https://media.example.com"]' },
    ),
    /** When the site went public (ISO 8601 with offset): commits after it are the public record. */
    ledgerStart: text().refine((value) => value.includes('T') && readIsoDateTime(value).ok, {
      error: (issue) => `"${String(issue.input)}" is not a date-time with offset`,
    }),
    /** Posts per page on kind indexes. */
    pageSize: count(1, 100),
    /** Items in the site-wide feeds (per-kind feeds hold the full history). */
    feedLimit: count(1, 100),
    /** Optional line in the footer after the copyright (the demo says its content is fictional). */
    notice: text().optional(),
  })
  .superRefine((settings, ctx) => {
    // Measured only once both colours are written right (zod runs this after other issues too).
    if (!HEX_COLOUR.test(String(settings.brand?.colour)) || !HEX_COLOUR.test(String(settings.brand?.colourDark))) return;
    for (const problem of brandContrastProblems(settings.brand)) {
      ctx.addIssue({ code: 'custom', path: ['brand', problem.field], message: problem.what });
    }
  });

/** The settings as read from content/site.yaml. */
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** The value at a path of a plain object. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The line of the deepest node on `path` that the file has (the field, else its parent). */
function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: number[] } | undefined;
    if (node?.range) {
      // The key's line: the value may start on the next line (a list, a nested map).
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as (string | number)[], true);
      const pair = isMap(parent) ? parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[depth - 1]) : undefined;
      const keyRange = (pair?.key as { range?: number[] } | undefined)?.range;
      return lines.linePos((keyRange ?? node.range)[0]!).line;
    }
  }
  return 1;
}

/** The field name of a path as messages show it: "plan.start", "mediaOrigins.0". */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** How to fix a field: what it holds and an example. */
function fixFor(field: string): string {
  const name = field.replace(/\.\d+$/, '');
  const doc = SITE_FIELDS[name as SiteField];
  return doc ? `${name} is ${doc.about}; for example ${name.split('.').at(-1)}: ${doc.example}` : 'see the settings table in PUBLISHING.md';
}

/** The problems of one zod issue, each with its line and fix. */
function problemsOf(issue: z.core.$ZodIssue, data: unknown, doc: Document, lines: LineCounter, file: string): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const prefix = issue.path.length === 0 ? '' : `${fieldName(issue.path)}.`;
      const names = [
        ...new Set(
          Object.keys(SITE_FIELDS)
            .filter((name) => name.startsWith(prefix))
            .map((name) => name.slice(prefix.length).split('.')[0]!),
        ),
      ];
      const near = closestName(key, names);
      return {
        file,
        line: lineOf(doc, lines, path),
        field: fieldName(path),
        what: `is not a setting`,
        fix: near ? `did you mean ${near}? Rename it` : `remove it; the settings here are: ${names.join(', ')}`,
      };
    });
  }
  const field = fieldName(issue.path);
  const value = valueAt(data, issue.path);
  // A field the file does not have (zod reports it as its schema's own issue: invalid_type, or invalid_value for the language).
  const missing = value === undefined;
  return [
    {
      file,
      line: lineOf(doc, lines, issue.path),
      field,
      what: missing ? 'is missing' : issue.message.startsWith('"') || isContrastIssue(issue) ? issue.message : `${JSON.stringify(value)} ${issue.message}`,
      fix: missing
        ? `add it: ${fixFor(field)}`
        : isContrastIssue(issue)
          ? `choose a ${field === 'brand.colour' ? 'darker' : 'lighter'} shade until the contrast is at least 4.5:1 (a contrast checker shows the ratio as you try)`
          : fixFor(field),
    },
  ];
}

/** A contrast problem of the brand colours (added by the schema's superRefine): its message is a whole sentence with the measured ratio. */
function isContrastIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && issue.path[0] === 'brand';
}

/** Parses the text of a site.yaml (`file` as messages show it); throws a ContentFileError naming every problem. */
export function parseSiteSettings(source: string, file: string): SiteSettings {
  const { doc, lines } = parseYamlAsWritten(source, file);
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentFileError([
      { file, line: 1, field: '(file)', what: 'is not a list of settings', fix: 'write one "name: value" per line, as in the example in PUBLISHING.md' },
    ]);
  }
  const result = siteSettingsSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentFileError(result.error.issues.flatMap((issue) => problemsOf(issue, data, doc, lines, file)).sort((a, b) => a.line - b.line));
}

/** Problems with the files the settings point to (the logo), relative to the project folder `root`. */
export function settingsFileProblems(settings: SiteSettings, source: string, file: string, root: string): ContentProblem[] {
  const logo = join(root, settings.brand.logo);
  const line = source.split(/\r?\n/).findIndex((row) => /^\s+logo\s*:/.test(row)) + 1 || 1;
  if (!existsSync(logo)) {
    return [
      {
        file,
        line,
        field: 'brand.logo',
        what: `"${settings.brand.logo}" does not exist`,
        fix: 'put the logo (an SVG file) in public/ and write its path here, e.g. public/logo.svg',
      },
    ];
  }
  if (!/<svg[\s>]/.test(readFileSync(logo, 'utf8'))) {
    return [
      {
        file,
        line,
        field: 'brand.logo',
        what: `"${settings.brand.logo}" is not an SVG image (no <svg> element)`,
        fix: 'export the logo as SVG and save it under this path',
      },
    ];
  }
  return [];
}

/** Reads and checks `<contentDir>/site.yaml`; throws a ContentFileError when it is missing or wrong. */
export function readSiteSettings(contentDir: string, root = process.cwd()): SiteSettings {
  const path = join(contentDir, SITE_SETTINGS_FILE);
  const file = shownPath(path);
  if (!existsSync(path)) {
    throw new ContentFileError([
      {
        file,
        line: 1,
        field: '(file)',
        what: 'is missing',
        fix: `create ${file} (npm run init writes one; the fields are listed in PUBLISHING.md, "Site settings")`,
      },
    ]);
  }
  const source = readFileSync(path, 'utf8');
  const settings = parseSiteSettings(source, file);
  const problems = settingsFileProblems(settings, source, file, root);
  if (problems.length > 0) throw new ContentFileError(problems);
  return settings;
}
