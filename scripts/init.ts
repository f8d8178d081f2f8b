/**
 * `npm run init -- [options]`: turns this fork of the demo into an empty site of your own.
 * Writes content/site.yaml from the options (asking for what is missing when run in a
 * terminal), keeps one example of each kind of post and of each data file in examples/
 * (never published), and removes the demo posts. Nothing is touched when a value is wrong.
 *
 * Environment: CONTENT_DIR (default content); SITE_NOW (today, for the default plan start).
 */
import { execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ContentFileError, formatContentProblem } from '../src/lib/content-error.ts';
import { dayInZone } from '../src/lib/dates.ts';
import { buildNow } from '../src/lib/now.ts';
import type { SiteSettings } from '../src/lib/site-settings.ts';
import { EXAMPLES_DIR, initSite } from './lib/init-site.ts';

const usage = `Usage: npm run init -- --company "Name" --security mailto:security@name.com [options]
       npm run init            (asks for each value)

Options (defaults in brackets):
  --company "…"            the company's name
  --title "…"              site title [<company> Trust Center]
  --description "…"        one sentence for search engines and feeds
  --start YYYY-MM-DD       the plan's first day [today]
  --days N                 the plan's length in days [90]
  --time-zone Area/City    the company's time zone: plan days and deadlines [UTC]
  --display-time-zone Z    for dates without a zone of their own [the --time-zone]
  --security mailto:…      where security researchers write (mailto: or https:)
  --repository https://…   the repository's web address [git remote "origin"]
  --branch name            the branch the site is published from [main]
  --colour "#rrggbb"       brand colour on the light page [#0b5cad]
  --colour-dark "#rrggbb"  brand colour on the dark page [#8cc4ff]
  --logo file.svg          the logo (copied to public/logo.svg) [public/favicon.svg]
  --yes                    ask nothing: use the options and the defaults
Every value can be changed later in content/site.yaml (PUBLISHING.md, "Site settings").`;

const { values: o } = parseArgs({
  options: {
    company: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    start: { type: 'string' },
    days: { type: 'string' },
    'time-zone': { type: 'string' },
    'display-time-zone': { type: 'string' },
    security: { type: 'string' },
    repository: { type: 'string' },
    branch: { type: 'string' },
    colour: { type: 'string' },
    'colour-dark': { type: 'string' },
    logo: { type: 'string' },
    yes: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (o.help) {
  console.log(usage);
  process.exit(0);
}

/** The https address of the "origin" remote, if there is one. */
function originUrl(): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const ssh = /^git@([^:]+):(.+?)(\.git)?$/.exec(url);
    if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
    return url.startsWith('https://') ? url.replace(/\.git$/, '') : undefined;
  } catch {
    return undefined;
  }
}

const interactive = !o.yes && process.stdin.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
/** The option's value, else the answer to `question`, else `fallback`; undefined when none. */
async function value(given: string | undefined, question: string, fallback?: string): Promise<string | undefined> {
  if (given !== undefined) return given;
  if (!rl) return fallback;
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback;
}

const company = await value(o.company, 'Company name');
const timeZone = (await value(o['time-zone'], 'Time zone of the plan (Area/City, e.g. Europe/Berlin)', 'UTC'))!;
const start = (await value(o.start, 'First day of the plan (YYYY-MM-DD)', dayInZone(buildNow(), timeZone)))!;
const days = (await value(o.days, 'Length of the plan in days', '90'))!;
const security = await value(o.security, 'Where security researchers write (mailto:… or https://…)');
const repository = await value(o.repository, 'Web address of the repository', originUrl());
const colour = (await value(o.colour, 'Brand colour on the light page (#rrggbb)', '#0b5cad'))!;
const colourDark = (await value(o['colour-dark'], 'Brand colour on the dark page (#rrggbb)', '#8cc4ff'))!;
const logoSource = await value(o.logo, 'Logo, an SVG file (empty: keep public/favicon.svg)');
rl?.close();

const missing = [!company && '--company', !security && '--security', !repository && '--repository'].filter(Boolean);
if (missing.length > 0) {
  console.error(`Missing ${missing.join(', ')}.\n\n${usage}`);
  process.exit(1);
}

const logoInPublic = logoSource?.replace(/^\.\//, '').startsWith('public/');
const settings = {
  company: company!,
  title: o.title ?? `${company} Trust Center`,
  description: o.description ?? `What ${company} promised, what it has done, and the evidence.`,
  language: 'en',
  plan: { start, days: Number(days), timeZone },
  displayTimeZone: o['display-time-zone'] ?? timeZone,
  contacts: { security: security! },
  repository: { url: repository!, branch: o.branch ?? 'main' },
  brand: { colour, colourDark, logo: !logoSource ? 'public/favicon.svg' : logoInPublic ? logoSource.replace(/^\.\//, '') : 'public/logo.svg' },
  mediaOrigins: [],
  ledgerStart: `${start}T00:00:00Z`,
  pageSize: 10,
  feedLimit: 20,
} as SiteSettings;

const contentDir = process.env.CONTENT_DIR || 'content';
try {
  const report = initSite(process.cwd(), contentDir, settings, logoSource && !logoInPublic ? logoSource : undefined);
  console.log(`Wrote ${contentDir}/site.yaml for ${settings.company}: a ${settings.plan.days}-day plan from ${start} (${timeZone}).`);
  console.log(`Removed ${report.removedPosts} demo posts. Kept as examples, never published: ${report.examples.join(', ') || '(none)'}.`);
  console.log(`\nNext: add people to ${contentDir}/people.yaml and the plan's promises to ${contentDir}/commitments.yaml`);
  console.log(`(see ${EXAMPLES_DIR}/), write a first post with npm run new, then npm run check and npm start.`);
} catch (error) {
  if (!(error instanceof ContentFileError)) throw error;
  // The settings are checked before any file is touched: nothing was changed.
  for (const problem of error.problems) console.error(formatContentProblem(problem));
  console.error('\nNothing was changed. Fix the option named above and run npm run init again.');
  process.exit(1);
}
