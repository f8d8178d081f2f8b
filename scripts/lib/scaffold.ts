/**
 * The templates of `npm run new`: a new post's file name and its text, with every required
 * field filled from the answers or marked TODO (which `npm run check` reports). The comments
 * beside the fields come from the schemas' metadata (src/schemas/).
 * Plain TypeScript with no Astro imports; scripts/new.ts does the input and output.
 */
import { z } from 'astro/zod';
import { daysBetween } from '../../src/lib/dates.ts';
import { parseIsoDateTime } from '../../src/lib/now.ts';
import { POST_KINDS, type PostKind } from '../../src/lib/vocabulary.ts';
import { postSchemas } from '../../src/schemas/index.ts';
import { allowedValues, exampleLine, fieldsOf, isOptionalField, metaOf, schemaAt, unwrap } from '../../src/schemas/meta.ts';

/** The fixed words a field allows ("a | b | c"), when it is a word list (not ids). */
function words(schema: z.ZodType): string | undefined {
  return unwrap(schema) instanceof z.ZodEnum ? allowedValues(schema)?.join(' | ') : undefined;
}

/** The marker of a value still to be written; `npm run check` reports every one. */
export const TODO = 'TODO';

/** What the author told the scaffolder (every field optional: missing ones become TODO). */
export interface Answers {
  /** Headline (required). */
  title: string;
  /** One or two sentences for lists, feeds and search. */
  summary?: string;
  /** Author id from people.yaml. */
  author?: string;
  /** When the post goes live: ISO 8601 date, or date-time with offset. */
  published?: string;
  /** Topic words. */
  tags?: string[];
  /** Whether the post starts as a draft. */
  draft?: boolean;
  /** Progress: week of the plan (computed from the publish date when missing). */
  week?: number;
  /** Progress: the commitment the first status update is about. */
  commitment?: string;
  /** Progress: its status. */
  status?: string;
  /** Progress: the evidence. */
  note?: string;
  /** Webinars: start time with offset. */
  start?: string;
  /** Webinars: IANA time zone. */
  timeZone?: string;
  /** Webinars: minutes. */
  duration?: number;
  /** Webinars: presenter ids. */
  presenters?: string[];
  /** Webinars: registration link. */
  joinUrl?: string;
  /** Routing: when the change takes effect (defaults to the publish date). */
  effective?: string;
  /** Routing: region id. */
  region?: string;
  /** Routing: added, removed or changed. */
  change?: string;
  /** Routing: what changes. */
  description?: string;
  /** Audits: who audited. */
  auditor?: string;
  /** Audits: what was examined. */
  scope?: string;
  /** Audits: first day. */
  periodStart?: string;
  /** Audits: last day. */
  periodEnd?: string;
  /** Audits: site address of the report beside the post (defaults to /audits/<file name>/report.pdf). */
  report?: string;
  /** Guides: who the guide is for (one of GUIDE_AUDIENCES). */
  audience?: string;
}

/** The valid ids the scaffolder lists in its comments and prompts. */
export interface References {
  /** People who may sign posts (role author). */
  authors: string[];
  /** People who may present webinars (role presenter). */
  presenters: string[];
  /** Commitment ids. */
  commitments: string[];
  /** Region ids. */
  regions: string[];
}

/** Settings the templates need. */
export interface ScaffoldContext {
  /** The moment used when no publish time is given. */
  now: Date;
  /** Offset from UTC in minutes for times the scaffolder writes (e.g. -480 for UTC-08:00). */
  offsetMinutes: number;
  /** IANA time zone suggested for webinars. */
  timeZone: string;
  /** First day of the plan (YYYY-MM-DD). */
  planStart: string;
  /** Valid ids. */
  refs: References;
}

/** The post kinds, for prompts and usage text. */
export const KINDS: readonly PostKind[] = POST_KINDS;

/** True when `value` names a post kind. */
export function isKind(value: string): value is PostKind {
  return (POST_KINDS as readonly string[]).includes(value);
}

/** A URL slug from a title: lowercase ASCII words joined by hyphens, at most `max` characters, cut at a word. */
export function slugify(title: string, max = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, max) || '';
}

/** "+05:30" / "-08:00" / "+00:00" for an offset in minutes. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An ISO 8601 date-time with offset, to the minute: 2026-11-28T04:00:00-08:00. */
export function formatIsoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const day = local.toISOString().slice(0, 10);
  const time = local.toISOString().slice(11, 16);
  return `${day}T${time}:00${formatOffset(offsetMinutes)}`;
}

/**
 * Reads a date typed by an author: "2026-12-04" (kept as a date), "2026-12-04T10:00" or
 * "2026-12-04 10:00" (the local offset is added), or a full ISO 8601 date-time with offset.
 * Returns the ISO text to write, or undefined when it is not a date.
 */
export function normaliseDateInput(input: string, offsetMinutes: number): string | undefined {
  const text = input.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
  const withSeconds = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text) ? `${text}:00` : text;
  const complete = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(withSeconds) ? `${withSeconds}${formatOffset(offsetMinutes)}` : withSeconds;
  return parseIsoDateTime(complete) ? complete : undefined;
}

/** The week of the plan (1 to 53) a calendar day falls in. */
export function planWeek(planStart: string, isoDate: string): number {
  const days = daysBetween(planStart, isoDate.slice(0, 10));
  return Math.min(53, Math.max(1, Math.floor(days / 7) + 1));
}

/** The file name of a new post: <YYYY-MM-DD>-<slug>.mdx, dated by its publish day as written. */
export function datedFileName(published: string, title: string, kind: PostKind): string {
  const slug = slugify(title) || kind;
  return `${published.slice(0, 10)}-${slug}.mdx`;
}

/** A YAML double-quoted string (JSON escapes are valid YAML). */
function quote(value: string): string {
  return JSON.stringify(value);
}

/** A flow list of plain words: [a, b]. */
function flowList(values: string[]): string {
  return `[${values.join(', ')}]`;
}

/** Lines "key: value   # comment", comments aligned. */
function line(key: string, value: string, comment?: string, indent = ''): string {
  const text = `${indent}${key}: ${value}`;
  return comment ? `${text.padEnd(40)}  # ${comment}` : text;
}

/** A placeholder text value. */
function todoText(what: string): string {
  return quote(`${TODO}: ${what}`);
}

/** The schemas, for their metadata only (no ids: the comments list the ones the scaffolder was given). */
const SCHEMAS: Record<PostKind, z.ZodType> = postSchemas({ contentDir: 'content', planStart: '2026-01-01', commitmentIds: [], regionIds: [], personIds: [] });

/** The field of a kind at a path, which must exist (a renamed field fails here, not in a post). */
function fieldOf(kind: PostKind, path: string[]): z.ZodType {
  const found = schemaAt(SCHEMAS[kind], path);
  if (!found) throw new Error(`The ${kind} schema has no field ${path.join('.')}.`);
  return found;
}

/** A description as a comment: "when the post goes live, …" (first letter lowercase, no final period). */
function asComment(description: string | undefined): string {
  const text = (description ?? '').replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The comment beside a field, from its schema: its fixed words ("a | b | c"), or its
 * description, followed by the valid `ids` when the field refers to a data file.
 */
function hint(kind: PostKind, path: string[], ids?: string[]): string {
  const schema = fieldOf(kind, path);
  const fixed = words(schema);
  if (fixed) return fixed;
  const description = asComment(metaOf(schema).description);
  if (!ids?.length) return description;
  const many = unwrap(schema) instanceof z.ZodArray ? 'one or more of' : 'one of';
  return `${description.split(':')[0]}, ${many}: ${ids.join(', ')}`;
}

/** The example of a list field as commented YAML, each entry field with its fixed words, "(optional)" when it may be left out. */
function commentedEntry(kind: PostKind, list: string): string[] {
  const entry = fieldsOf(schemaAt(SCHEMAS[kind], [list, '0'])!) ?? {};
  const lines = Object.entries(entry)
    .filter(([, schema]) => !isOptionalField(schema) || metaOf(schema).noun)
    .map(([name, schema], i) => {
      const meta = metaOf(schema);
      const text = `#${i === 0 ? '   - ' : '     '}${exampleLine(name, meta.example ?? '"…"')}`;
      const comment = [words(schema), isOptionalField(schema) ? 'optional' : ''].filter(Boolean).join(', ');
      return comment ? `${text.padEnd(40)}  # ${comment}` : text;
    });
  return [`# ${list}:`, ...lines];
}

/** A commented example line of a field: "# recordingUrl: https://…". */
function commentedExample(kind: PostKind, name: string): string {
  return `# ${exampleLine(name, metaOf(fieldOf(kind, [name])).example ?? '"…"')}`;
}

/** The frontmatter lines of every kind. */
function commonLines(kind: PostKind, answers: Answers, published: string, ctx: ScaffoldContext): string[] {
  return [
    line('title', quote(answers.title)),
    line('summary', answers.summary ? quote(answers.summary) : todoText(`${asComment(metaOf(fieldOf(kind, ['summary'])).description)}.`)),
    line('published', published, hint(kind, ['published'])),
    line('author', answers.author ?? TODO, hint(kind, ['author'], ctx.refs.authors)),
    line('tags', flowList(answers.tags ?? []), hint(kind, ['tags'])),
    line('draft', String(answers.draft ?? false), hint(kind, ['draft'])),
  ];
}

/** The frontmatter lines and body of one kind. */
function kindParts(kind: PostKind, answers: Answers, published: string, fileStem: string, ctx: ScaffoldContext) {
  const refs = ctx.refs;
  switch (kind) {
    case 'statements':
      return {
        lines: [],
        body: [`${TODO}: write the statement here. Markdown works: ## headings, **bold**, - lists.`],
      };
    case 'progress':
      return {
        lines: [
          line('week', String(answers.week ?? planWeek(ctx.planStart, published)), hint(kind, ['week'])),
          `${'updates:'.padEnd(40)}  # ${hint(kind, ['updates'])}`,
          line('- commitment', answers.commitment ?? TODO, hint(kind, ['updates', '0', 'commitment'], refs.commitments), '  '),
          line('status', answers.status ?? TODO, hint(kind, ['updates', '0', 'status']), '    '),
          line(
            'note',
            answers.note ? quote(answers.note) : todoText(`${asComment(metaOf(fieldOf(kind, ['updates', '0', 'note'])).description)}.`),
            undefined,
            '    ',
          ),
        ],
        body: [
          '## What moved',
          '',
          `${TODO}: what changed this week, with links to the evidence.`,
          '',
          '## What did not move, and why',
          '',
          `${TODO}: be plain about what is late or blocked.`,
        ],
      };
    case 'webinars':
      return {
        lines: [
          line('start', answers.start ?? TODO, hint(kind, ['start'])),
          line('timeZone', answers.timeZone ?? ctx.timeZone, hint(kind, ['timeZone'])),
          line('duration', String(answers.duration ?? 60), hint(kind, ['duration'])),
          line('presenters', flowList(answers.presenters?.length ? answers.presenters : [TODO]), hint(kind, ['presenters'], refs.presenters)),
          line('joinUrl', answers.joinUrl ? quote(answers.joinUrl) : todoText('https://… where to register or join')),
          '# After the webinar, add the recap fields (see PUBLISHING.md):',
          commentedExample(kind, 'recordingUrl'),
          ...commentedEntry(kind, 'questions'),
          ...commentedEntry(kind, 'updates'),
        ],
        body: [`${TODO}: what the webinar will cover, who presents, and how to send questions in advance.`],
      };
    case 'routing':
      return {
        lines: [
          line('effective', answers.effective ?? published.slice(0, 10), hint(kind, ['effective'])),
          `${'changes:'.padEnd(40)}  # ${hint(kind, ['changes'])}`,
          line('- region', answers.region ?? TODO, hint(kind, ['changes', '0', 'region'], refs.regions), '  '),
          line('change', answers.change ?? TODO, hint(kind, ['changes', '0', 'change']), '    '),
          line('description', answers.description ? quote(answers.description) : todoText('what changes for customers, in plain words.'), undefined, '    '),
        ],
        body: [`${TODO}: explain the change: which data, which region, since when, and what customers can do.`],
      };
    case 'audits': {
      const report = answers.report ?? `/audits/${fileStem}/report.pdf`;
      return {
        lines: [
          line('auditor', answers.auditor ? quote(answers.auditor) : todoText('the independent firm or person.')),
          line('scope', answers.scope ? quote(answers.scope) : todoText('what was examined.')),
          line('periodStart', answers.periodStart ?? TODO, hint(kind, ['periodStart'])),
          line('periodEnd', answers.periodEnd ?? TODO, hint(kind, ['periodEnd'])),
          line('report', report, `the PDF goes beside this file, in the folder ${report.split('/')[2]}/`),
          line('findings', '[]', 'one entry per finding, as below'),
          ...commentedEntry(kind, 'findings'),
        ],
        body: [`${TODO}: what was audited, what was found, and what we are doing about each finding.`],
      };
    }
    case 'guides':
      return {
        lines: [line('audience', answers.audience ?? 'everyone', hint(kind, ['audience']))],
        body: [`${TODO}: the steps, one at a time, in plain words.`],
      };
  }
}

/** A new post: its file name and its full text. */
export interface ScaffoldedPost {
  /** File name inside content/<kind>/. */
  fileName: string;
  /** URL slug (file name without extension). */
  slug: string;
  /** The MDX text. */
  text: string;
}

/** Builds the file name and text of a new post of `kind` from the answers. */
export function scaffoldPost(kind: PostKind, answers: Answers, ctx: ScaffoldContext): ScaffoldedPost {
  const published = answers.published ?? formatIsoWithOffset(ctx.now, ctx.offsetMinutes);
  const fileName = datedFileName(published, answers.title, kind);
  const slug = fileName.replace(/\.mdx$/, '');
  const { lines, body } = kindParts(kind, answers, published, slug, ctx);
  const text = ['---', ...commonLines(kind, answers, published, ctx), ...lines, '---', '', ...body, ''].join('\n');
  return { fileName, slug, text };
}
