/**
 * `npm run check`: validates every content file and the project's types in seconds, without
 * building the site, and prints each problem as
 *
 *   file:line  field  what is wrong  how to fix
 *
 * Jobs: (1) the content: the loaders' own rules (data files readable, post files named and
 * placed as their address needs), every frontmatter and data entry validated with the
 * schemas of src/schemas/ directly (lib/check-schemas.ts), the text of every post
 * (lib/check-bodies.ts), then Astro's own content sync, once, to confirm
 * (lib/check-sync.ts); (2) the promise ledger from the content's git history
 * (lib/check-ledger.ts); (3) `astro check` (TypeScript) through its API (lib/check-types.ts).
 * Exits with 1 when there is any problem.
 *
 * Options: --content-only skips the type check (job 3); --help lists the options and the fields of every kind.
 * Environment: CONTENT_DIR (default content) as for the site; REQUIRE_HISTORY=1 makes missing git history a problem instead of a note.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { ContentFileError, formatContentProblem, type ContentProblem } from '../src/lib/content-error.ts';
import { DATA_FILES, readDataList } from '../src/lib/data-files.ts';
import { postFileProblems } from '../src/lib/post-files.ts';
import { SiteSettingError } from '../src/lib/site-address.ts';
import { parseTranslationName, translationProblems, type TranslationLink } from '../src/lib/translation-files.ts';
import { POST_KINDS } from '../src/lib/vocabulary.ts';
import { frontmatterAsWritten } from '../src/lib/yaml-text.ts';
import { translationSchema } from '../src/schemas/translation.ts';
import { dataSchemas, postSchemas, readContentRefs } from '../src/schemas/index.ts';
import { scanBodies } from './lib/check-bodies.ts';
import { checkPromises } from './lib/check-ledger.ts';
import { dataSchemaProblems, postSchemaProblems } from './lib/check-schemas.ts';
import { confirmWithSync } from './lib/check-sync.ts';
import { checkTypes } from './lib/check-types.ts';
import { contractHelp } from './lib/contract-docs.ts';
import { helpText } from './lib/explain-issue.ts';
import { parseFieldPath } from './lib/frontmatter.ts';
import { formatProblem, sortProblems, type Problem } from './lib/problems.ts';

const { values: options } = parseArgs({
  options: { 'content-only': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  allowPositionals: false,
});

/** The site settings; a bad site.yaml, SITE_URL or BASE_PATH is reported as the build would stop on it. */
const { site } = await import('../src/site.config.ts').catch((error: unknown) => {
  if (error instanceof ContentFileError) {
    for (const problem of error.problems) console.log(formatContentProblem(problem));
    const n = error.problems.length;
    console.log(`\n✗ ${n} problem${n === 1 ? '' : 's'} in the site settings. Fix ${n === 1 ? 'it' : 'them'}, then run npm run check again.`);
    process.exit(1);
  }
  if (!(error instanceof SiteSettingError)) throw error;
  console.log(`(environment)  ${error.message}`);
  console.log('\n✗ 1 problem in the build settings. Fix it, then run npm run check again.');
  process.exit(1);
});

const started = performance.now();
const root = process.cwd();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const contentDir = site.contentDir;
const contentAbs = resolve(root, contentDir);
/** How a path is shown: relative to the project when inside it, with "/" separators. */
const show = (abs: string) => {
  const rel = relative(root, abs);
  return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split(sep).join('/');
};
const contentShown = show(contentAbs);
const refs = readContentRefs(contentDir, site.planStart);
const kindSchemas: Record<string, z.ZodType> = postSchemas(refs);
const fileSchemas: Record<string, z.ZodType> = dataSchemas(refs);

if (options.help) {
  console.log(`Usage: npm run check [-- --content-only]

Checks every file of ${contentShown}/ (CONTENT_DIR) against the content contract (src/schemas/),
then the promise ledger and the site's code (skipped with --content-only).
Each problem is printed as: file:line  field  what is wrong  how to fix

${contractHelp(kindSchemas, fileSchemas)}`);
  process.exit(0);
}

/**
 * Temporary folders (sync caches, the content copy). Astro writes its cache on a timer, so
 * they are removed only at the very end, right before exiting, when no timer can run.
 */
const temporary: string[] = [];
// On any exit (also after an unexpected error), synchronously, so no pending write can follow.
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A problem of the loaders' own rules, with its path as the check shows paths. */
function fromContentProblem(p: ContentProblem): Problem {
  return { file: show(resolve(root, p.file)), line: p.line, field: p.field, what: p.what, fix: p.fix };
}

/** Every file under a folder, relative to it, with "/" separators. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The schema of a content file (relative to the content folder), if it has one. */
function schemaOfFile(file: string): z.ZodType | undefined {
  return file.includes('/') ? kindSchemas[file.split('/')[0]!] : fileSchemas[file.replace(/\.ya?ml$/, '')];
}

/** The help sentence of a field of a content file, by its dotted path ("0.summary" in a data file). */
function fieldHelp(file: string, path: string): string {
  const schema = schemaOfFile(file);
  if (!schema) return '';
  const parts = parseFieldPath(path);
  return helpText(schema, file.includes('/') ? parts : parts.slice(1));
}

/** The scan's problems, without those on a line the schema already reported (e.g. `author: TODO`). */
function withoutRepeats(fromSchema: Problem[], fromScan: Problem[]): Problem[] {
  const lines = new Set(fromSchema.map((p) => `${p.file}:${p.line}`));
  return [...fromSchema, ...fromScan.filter((p) => !lines.has(`${p.file}:${p.line}`))];
}

/** The problems of a translation (content/<kind>/<original>.<language>.mdx): its fields, then its tie to the original. */
function translationFileProblems(kind: string, name: string): Problem[] {
  const abs = join(contentAbs, kind, name);
  const found = postSchemaProblems(translationSchema(site.lang), kind, abs, show(abs));
  let link: TranslationLink = {};
  try {
    link = (frontmatterAsWritten(readFileSync(abs, 'utf8'), show(abs)) ?? {}) as TranslationLink;
  } catch {
    // A frontmatter that cannot be read is already reported by the schema check.
  }
  return [...found, ...translationProblems(join(contentAbs, kind), show(join(contentAbs, kind)), name, link, site.lang).map(fromContentProblem)];
}

if (!existsSync(contentAbs)) {
  console.error(`${contentShown}: the content folder does not exist. Set CONTENT_DIR or create it.`);
  process.exit(1);
}

console.log(`Checking ${contentShown}/ against the schemas in src/schemas/${options['content-only'] ? '' : ', then the types'}…`);
const notes: string[] = [];
const files = listFiles(contentAbs);

// The rules the loaders apply before Astro validates anything (one rule for both): every data
// file can be read, and every post file's place and name can be its address. A broken data
// file stops the posts' checks: they refer to it, and would only repeat its error.
const fromSchema: Problem[] = [];
const setAside = new Set<string>();
const brokenData: string[] = [];
for (const name of DATA_FILES) {
  try {
    readDataList(contentAbs, name);
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    fromSchema.push(...error.problems.map(fromContentProblem));
    brokenData.push(name);
  }
}
for (const kind of POST_KINDS) {
  const found = postFileProblems(kind, join(contentAbs, kind), `${contentShown}/${kind}`);
  fromSchema.push(...found.map(fromContentProblem));
  for (const p of found) setAside.add(relative(contentAbs, resolve(root, p.file)).split(sep).join('/'));
}
for (const name of brokenData) notes.push(`Fix ${show(join(contentAbs, name))} first: the posts that refer to it were not checked.`);
const dataOk = brokenData.length === 0;

const scanned = await scanBodies(files, {
  root,
  contentAbs,
  contentShown,
  show,
  mediaOrigins: site.mediaOrigins,
  commitmentIds: dataOk ? [...refs.commitmentIds] : undefined,
  helpFor: fieldHelp,
});
notes.push(...scanned.notes);

if (dataOk) {
  // Every data entry and every post's frontmatter, with the schemas themselves.
  const wrongData: string[] = [];
  for (const name of DATA_FILES) {
    const stem = name.replace(/\.yaml$/, '');
    const found = dataSchemaProblems(fileSchemas[stem]!, stem, contentAbs, show(join(contentAbs, name)));
    if (found.length > 0) wrongData.push(name);
    fromSchema.push(...found);
  }
  const leaveOut = [...setAside];
  for (const file of files) {
    const [kind, name, ...deeper] = file.split('/');
    if (!name || deeper.length > 0 || !/\.mdx?$/.test(name) || setAside.has(file) || !kindSchemas[kind!]) continue;
    const found = parseTranslationName(name)
      ? translationFileProblems(kind!, name)
      : postSchemaProblems(kindSchemas[kind!]!, kind!, join(contentAbs, file), show(join(contentAbs, file)));
    if (found.length > 0) leaveOut.push(file);
    fromSchema.push(...found);
  }
  // Astro's own sync, once, on the rest: it confirms the schemas' verdict and writes the types.
  if (wrongData.length === 0) {
    fromSchema.push(...(await confirmWithSync({ root, contentDir, contentAbs, leaveOut, show, temporary })));
  } else {
    for (const name of wrongData) {
      notes.push(
        `Fix ${show(join(contentAbs, name))} first, then run the check again: Astro's content sync, which confirms the schemas' verdict, runs only when the data files are valid.`,
      );
    }
  }
}

const others: Problem[] = [];
if (dataOk) {
  const ledger = await checkPromises({ contentAbs, contentShown, show, ledgerStart: site.ledgerStart, requireHistory: site.requireHistory });
  others.push(...ledger.problems);
  notes.push(...ledger.notes);
}
const types = options['content-only'] ? undefined : await checkTypes(root, show);
if (types) others.push(...types.problems);

const final = sortProblems([...withoutRepeats(fromSchema, scanned.problems), ...others]);
for (const problem of final) console.log(formatProblem(problem));
for (const note of notes) console.log(`Note: ${note}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const translated = files.filter((f) => /\.mdx?$/.test(f) && parseTranslationName(f.split('/').at(-1)!)).length;
const posts = files.filter((f) => /\.mdx?$/.test(f)).length - translated;
const typeNote = types ? `, ${types.files} code files type-checked${types.warnings ? ` (${types.warnings} warnings: npm exec -- astro check)` : ''}` : '';
if (final.length > 0) {
  const fileCount = new Set(final.map((p) => p.file)).size;
  console.log(
    `\n✗ ${final.length} problem${final.length === 1 ? '' : 's'} in ${fileCount} file${fileCount === 1 ? '' : 's'} (${seconds} s). Fix them, then run npm run check again.`,
  );
  process.exit(1);
}
console.log(`\n✓ No problems: ${posts} posts${translated ? `, ${translated} translations` : ''} and the data files are valid${typeNote} (${seconds} s).`);
process.exit(0);
