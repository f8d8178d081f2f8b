/**
 * `npm run new -- <kind> "<title>" [options]`: writes a new post in content/<kind>/ named
 * <date>-<slug>.mdx, with every required field filled from the options or marked TODO
 * (which `npm run check` reports), then prints its path and its preview address.
 * Without a kind or a title it asks for them, and for the other fields, one by one.
 * It never overwrites a file.
 *
 * Environment: CONTENT_DIR (default content), SITE_NOW (the "now" used as publish time),
 * BASE_PATH (for the preview address).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { site } from '../src/site.config.ts';
import { buildNow } from '../src/lib/now.ts';
import { readIds } from '../src/lib/reference-ids.ts';
import { routes, siteLinks } from '../src/lib/routes.ts';
import { COMMITMENT_STATUSES, GUIDE_AUDIENCES, ROUTING_CHANGE_TYPES, type PostKind } from '../src/lib/vocabulary.ts';
import { formatIsoWithOffset, isKind, KINDS, normaliseDateInput, planWeek, scaffoldPost, type Answers, type References } from './lib/scaffold.ts';

/** The development server's port (astro.config.mjs). */
const DEV_PORT = 4321;

const usage = `Usage: npm run new -- <kind> "<title>" [options]
       npm run new            (asks for everything)

Kinds: ${KINDS.join(', ')}

Options (anything left out is written as TODO for you to fill in):
  --summary "…"        --author <id>        --date <when it goes live>   --tags a,b   --draft
  progress:  --week <n> --commitment <id> --status <${COMMITMENT_STATUSES.join('|')}> --note "…"
  webinars:  --start <date-time> --time-zone <zone> --duration <minutes> --presenters a,b --join-url <url>
  routing:   --effective <date> --region <id> --change <${ROUTING_CHANGE_TYPES.join('|')}> --description "…"
  audits:    --auditor "…" --scope "…" --period-start <date> --period-end <date> --report /audits/<post>/<file>.pdf
  guides:    --audience <${GUIDE_AUDIENCES.join('|')}>
Dates: 2026-12-04, 2026-12-04T10:00 (your computer's time zone) or 2026-12-04T10:00:00-08:00.`;

const text = { type: 'string' } as const;
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', short: 'h' },
    summary: text,
    author: text,
    date: text,
    tags: text,
    draft: { type: 'boolean' },
    week: text,
    commitment: text,
    status: text,
    note: text,
    start: text,
    'time-zone': text,
    duration: text,
    presenters: text,
    'join-url': text,
    effective: text,
    region: text,
    change: text,
    description: text,
    auditor: text,
    scope: text,
    'period-start': text,
    'period-end': text,
    report: text,
    audience: text,
  },
});

/** Stops with a message and exit code 1. */
function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (flags.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length > 2) fail(`Too many words. Put the title in quotes.\n\n${usage}`);

const now = buildNow();
const offsetMinutes = -now.getTimezoneOffset();
const contentDir = site.contentDir;

/** People ids with a role, from people.yaml (all ids when roles cannot be read). */
function peopleWithRole(role: string): string[] {
  const file = join(contentDir, 'people.yaml');
  try {
    const people = parse(readFileSync(file, 'utf8')) as { id?: unknown; roles?: unknown }[];
    const ids = people.filter((p) => Array.isArray(p.roles) && p.roles.includes(role)).map((p) => String(p.id));
    return ids.length > 0 ? ids : readIds(contentDir, 'people.yaml');
  } catch {
    return readIds(contentDir, 'people.yaml');
  }
}

const refs: References = {
  authors: peopleWithRole('author'),
  presenters: peopleWithRole('presenter'),
  commitments: readIds(contentDir, 'commitments.yaml'),
  regions: readIds(contentDir, 'regions.yaml'),
};

/** A date option, normalised, or a clear failure. */
function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = normaliseDateInput(value, offsetMinutes);
  if (!iso) fail(`--${name} "${value}" is not a date. Write 2026-12-04, 2026-12-04T10:00 or 2026-12-04T10:00:00-08:00.`);
  return iso;
}

/** A number option, or a clear failure. */
function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number)) fail(`--${name} "${value}" is not a whole number.`);
  return number;
}

/** A comma-separated list option. */
function listOption(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
}

/** The answers given as options. */
function answersFromFlags(title: string): Answers {
  return {
    title,
    summary: flags.summary,
    author: flags.author,
    published: dateOption('date', flags.date),
    tags: listOption(flags.tags),
    draft: flags.draft,
    week: numberOption('week', flags.week),
    commitment: flags.commitment,
    status: flags.status,
    note: flags.note,
    start: dateOption('start', flags.start),
    timeZone: flags['time-zone'],
    duration: numberOption('duration', flags.duration),
    presenters: listOption(flags.presenters),
    joinUrl: flags['join-url'],
    effective: dateOption('effective', flags.effective),
    region: flags.region,
    change: flags.change,
    description: flags.description,
    auditor: flags.auditor,
    scope: flags.scope,
    periodStart: dateOption('period-start', flags['period-start']),
    periodEnd: dateOption('period-end', flags['period-end']),
    report: flags.report,
    audience: flags.audience,
  };
}

/**
 * Asks questions on the terminal. Lines are read through an async iterator, which keeps
 * lines that arrive before they are asked for (answers piped in all at once).
 */
function createAsker() {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let closed = false;
  /** Prints the question and returns the answer ("" at the end of input). */
  const ask = async (question: string): Promise<string> => {
    process.stdout.write(`${question} `);
    if (closed) return '';
    const next = await lines.next();
    if (next.done) {
      closed = true;
      process.stdout.write('\n');
      return '';
    }
    return String(next.value).trim();
  };
  return { ask, close: () => rl.close() };
}

/** Asks for everything that was not given on the command line. */
async function interview(kindArg: string | undefined, titleArg: string | undefined): Promise<{ kind: PostKind; answers: Answers }> {
  const { ask, close } = createAsker();
  console.log('New post. Press Enter to skip a question: the field is then marked TODO in the file.\n');
  let kind = kindArg;
  while (!kind || !isKind(kind)) {
    KINDS.forEach((k, i) => console.log(`  ${i + 1}. ${k}`));
    const answer = await ask('Kind of post (number or name):');
    if (answer === '') fail('No kind given: nothing was written.');
    kind = /^\d+$/.test(answer) ? KINDS[Number(answer) - 1] : answer;
    if (!kind || !isKind(kind)) console.log(`"${answer}" is not a kind.`);
  }
  const title = titleArg ?? (await ask('Title:'));
  if (!title) fail('No title given: nothing was written.');
  const answers: Answers = { ...answersFromFlags(title) };

  /** Asks until the answer is empty or valid. */
  const askValid = async (question: string, valid: (a: string) => boolean, hint: string): Promise<string | undefined> => {
    for (;;) {
      const answer = await ask(question);
      if (answer === '') return undefined;
      if (valid(answer)) return answer;
      console.log(`  ${hint}`);
    }
  };
  const askId = (question: string, ids: string[]) =>
    askValid(`${question} (${ids.join(', ')}):`, (a) => ids.length === 0 || ids.includes(a), `Use one of: ${ids.join(', ')}`);
  const askDate = async (question: string) => {
    const answer = await askValid(question, (a) => !!normaliseDateInput(a, offsetMinutes), 'Write 2026-12-04, 2026-12-04T10:00 or 2026-12-04T10:00:00-08:00.');
    return answer === undefined ? undefined : normaliseDateInput(answer, offsetMinutes);
  };
  const askText = async (question: string) => (await ask(question)) || undefined;

  answers.summary ??= await askText('Summary (one or two sentences):');
  answers.author ??= await askId('Author', refs.authors);
  answers.published ??= await askDate(`Goes live at (Enter for now, ${formatIsoWithOffset(now, offsetMinutes)}):`);
  if (kind === 'progress') {
    const published = answers.published ?? formatIsoWithOffset(now, offsetMinutes);
    const week = await askValid(`Week of the plan (Enter for ${planWeek(site.planStart, published)}):`, (a) => /^\d+$/.test(a), 'Write a number.');
    if (week) answers.week = Number(week);
    answers.commitment ??= await askId('Commitment this update reports on', refs.commitments);
    answers.status ??= await askId('Its status', [...COMMITMENT_STATUSES]);
    answers.note ??= await askText('Evidence for that status (one or two sentences):');
  } else if (kind === 'webinars') {
    answers.start ??= await askDate('Starts at (e.g. 2026-12-03T09:00):');
    answers.presenters ??= listOption(await askText(`Presenters, separated by commas (${refs.presenters.join(', ')}):`));
    answers.joinUrl ??= await askText('Registration or join link (https://…):');
  } else if (kind === 'routing') {
    answers.region ??= await askId('Region', refs.regions);
    answers.change ??= await askId('What happens to it', [...ROUTING_CHANGE_TYPES]);
    answers.description ??= await askText('What changes, in plain words:');
  } else if (kind === 'audits') {
    answers.auditor ??= await askText('Auditor (firm or person):');
    answers.scope ??= await askText('What was examined:');
    answers.periodStart ??= await askDate('First day of the audit (e.g. 2026-10-05):');
    answers.periodEnd ??= await askDate('Last day of the audit:');
  }
  close();
  return { kind, answers };
}

const [kindArg, titleArg] = positionals;
if (kindArg && !isKind(kindArg)) fail(`"${kindArg}" is not a kind of post. Use one of: ${KINDS.join(', ')}.`);

const { kind, answers } = kindArg && titleArg ? { kind: kindArg as PostKind, answers: answersFromFlags(titleArg) } : await interview(kindArg, titleArg);

const post = scaffoldPost(kind, answers, {
  now,
  offsetMinutes,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  planStart: site.planStart,
  refs,
});

const folder = join(contentDir, kind);
const path = join(folder, post.fileName);
const shown = relative(process.cwd(), resolve(path)).split(sep).join('/');
for (const existing of [path, path.replace(/\.mdx$/, '.md')]) {
  if (existsSync(existing)) {
    fail(`${existing.split(sep).join('/')} already exists: nothing was written.\nEdit that file, or choose another title or date.`);
  }
}
mkdirSync(folder, { recursive: true });
try {
  writeFileSync(path, post.text, { flag: 'wx' });
} catch {
  fail(`${shown} already exists: nothing was written.`);
}

const previewUrl = siteLinks(site.base, `http://localhost:${DEV_PORT}`).siteUrl(routes.post(kind, post.slug));
const todos = post.text.split('\n').filter((l) => l.includes('TODO')).length;
console.log(`
Created ${shown}
Preview: ${previewUrl}  (run npm run dev first)

Next:
  1. Open the file and ${todos > 0 ? `replace the ${todos} TODO placeholder${todos === 1 ? '' : 's'}` : 'write the post'}.
  2. Run npm run check: it lists anything left to fix, with the line.
  3. Preview it with npm run dev at the address above${kind === 'audits' ? `; put the report PDF at ${site.contentDir}${answers.report ?? `/audits/${post.slug}/report.pdf`}` : ''}.
  4. Commit the file. See PUBLISHING.md for each kind of post.`);
