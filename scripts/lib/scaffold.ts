/**
 * The templates of `npm run new`: a new post's file name and its text, with every required
 * field filled from the answers or marked TODO (which `npm run check` reports).
 * Plain TypeScript with no Astro imports; scripts/new.ts does the input and output.
 */
import { daysBetween } from '../../src/lib/dates.ts';
import { parseIsoDateTime } from '../../src/lib/now.ts';
import {
  COMMITMENT_STATUSES,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  POST_KINDS,
  ROUTING_CHANGE_TYPES,
  type PostKind,
} from '../../src/lib/vocabulary.ts';

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
  /** Guides: everyone, admins or developers. */
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
  const complete = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(withSeconds)
    ? `${withSeconds}${formatOffset(offsetMinutes)}`
    : withSeconds;
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

/** "one of: a, b, c" (or a pointer to the file when there are none). */
function oneOf(ids: string[], file: string): string {
  return ids.length > 0 ? `one of: ${ids.join(', ')}` : `an id from ${file}`;
}

/** The frontmatter lines of every kind. */
function commonLines(answers: Answers, published: string, ctx: ScaffoldContext): string[] {
  return [
    line('title', quote(answers.title)),
    line('summary', answers.summary ? quote(answers.summary) : todoText('one or two sentences shown in lists, feeds and search results.')),
    line('published', published, 'when it goes live; a future time schedules it'),
    line('author', answers.author ?? TODO, `who signs it, ${oneOf(ctx.refs.authors, 'content/people.yaml')}`),
    line('tags', flowList(answers.tags ?? []), 'topic words, e.g. [encryption, safer-defaults]'),
    line('draft', String(answers.draft ?? false), 'true keeps it off the published site while you work'),
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
          line('week', String(answers.week ?? planWeek(ctx.planStart, published)), 'week of the plan this update covers'),
          `${'updates:'.padEnd(40)}  # one entry per commitment this week touched`,
          line('- commitment', answers.commitment ?? TODO, oneOf(refs.commitments, 'content/commitments.yaml'), '  '),
          line('status', answers.status ?? TODO, COMMITMENT_STATUSES.join(' | '), '    '),
          line('note', answers.note ? quote(answers.note) : todoText('one or two sentences of evidence for this status.'), undefined, '    '),
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
          line('start', answers.start ?? TODO, 'when it starts, e.g. 2026-12-03T09:00:00-08:00'),
          line('timeZone', answers.timeZone ?? ctx.timeZone, 'IANA time zone it is announced in'),
          line('duration', String(answers.duration ?? 60), 'minutes'),
          line(
            'presenters',
            flowList(answers.presenters?.length ? answers.presenters : [TODO]),
            refs.presenters.length > 0 ? `one or more of: ${refs.presenters.join(', ')}` : 'ids from content/people.yaml',
          ),
          line('joinUrl', answers.joinUrl ? quote(answers.joinUrl) : todoText('https://… where to register or join')),
          '# After the webinar, add the recap fields (see PUBLISHING.md):',
          '# recordingUrl: https://…',
          '# questions:',
          '#   - question: "…"',
          '#     answer: "…"',
          '# updates:',
          '#   - commitment: e2ee',
          '#     status: in-progress',
          '#     note: "…"',
        ],
        body: [`${TODO}: what the webinar will cover, who presents, and how to send questions in advance.`],
      };
    case 'routing':
      return {
        lines: [
          line('effective', answers.effective ?? published.slice(0, 10), 'when the change takes effect'),
          `${'changes:'.padEnd(40)}  # one entry per region added, removed or changed`,
          line('- region', answers.region ?? TODO, oneOf(refs.regions, 'content/regions.yaml'), '  '),
          line('change', answers.change ?? TODO, ROUTING_CHANGE_TYPES.join(' | '), '    '),
          line(
            'description',
            answers.description ? quote(answers.description) : todoText('what changes for customers, in plain words.'),
            undefined,
            '    ',
          ),
        ],
        body: [`${TODO}: explain the change: which data, which region, since when, and what customers can do.`],
      };
    case 'audits': {
      const report = answers.report ?? `/audits/${fileStem}/report.pdf`;
      return {
        lines: [
          line('auditor', answers.auditor ? quote(answers.auditor) : todoText('the independent firm or person.')),
          line('scope', answers.scope ? quote(answers.scope) : todoText('what was examined.')),
          line('periodStart', answers.periodStart ?? TODO, 'first day of the audit, e.g. 2026-10-05'),
          line('periodEnd', answers.periodEnd ?? TODO, 'last day of the audit'),
          line('report', report, `the PDF goes beside this file, in the folder ${report.split('/')[2]}/`),
          line('findings', '[]', 'one entry per finding, as below'),
          '# findings:',
          '#   - id: BW-01',
          '#     title: "…"',
          `#     severity: high                 # ${FINDING_SEVERITIES.join(' | ')}`,
          `#     status: open                   # ${FINDING_STATUSES.join(' | ')}`,
          '#     statusDate: 2026-11-20',
          '#     commitment: e2ee               # optional',
        ],
        body: [`${TODO}: what was audited, what was found, and what we are doing about each finding.`],
      };
    }
    case 'guides':
      return {
        lines: [line('audience', answers.audience ?? 'everyone', 'everyone | admins | developers')],
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
  const text = ['---', ...commonLines(answers, published, ctx), ...lines, '---', '', ...body, ''].join('\n');
  return { fileName, slug, text };
}
