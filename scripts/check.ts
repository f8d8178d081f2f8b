/**
 * `npm run check`: validates every content file and the project's types in seconds, without
 * building the site, and prints each problem as
 *
 *   file:line  field  what is wrong  how to fix
 *
 * Steps: (1) our own checks of the content folder (TODO placeholders, files in the wrong
 * place, MDX syntax, unknown components); (2) Astro's content sync, which validates every
 * file against the schemas in src/content.config.ts; it stops at the first bad file, so the
 * check copies the content to a temporary folder, sets the bad file aside and syncs again
 * until everything else has been validated; (3) the promise ledger: the git history of
 * commitments.yaml since the ledger start (content/site.yaml), read with one `git log`, must
 * show no silent change to a published promise; (4) `astro check` (TypeScript) through its API.
 * Exits with 1 when there is any problem.
 *
 * Options: --content-only skips the type check (step 4).
 * Environment: CONTENT_DIR (default content) as for the site; REQUIRE_HISTORY=1 makes missing git history a problem instead of a note.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SiteSettingError } from '../src/lib/site-address.ts';
import { POST_KINDS } from '../src/lib/vocabulary.ts';
import { indexOfId, locateField, parseFieldPath, splitFrontmatter } from './lib/frontmatter.ts';
import {
  explainIssue,
  explainMdxError,
  explainYamlError,
  formatProblem,
  parseEntryDataError,
  sortProblems,
  type Problem,
} from './lib/problems.ts';
import {
  commitmentLinkProblems,
  parseComponentNames,
  strayFileProblems,
  todoProblems,
  unknownComponentProblems,
} from './lib/content-scan.ts';
import { readIds } from '../src/lib/reference-ids.ts';
import { PostLanguageError, postLanguagePlugin } from '../src/lib/post-language-plugin.ts';
import { linkProblems, type LinkedPost, type SiteLink } from '../src/lib/post-links.ts';
import { buildNow } from '../src/lib/now.ts';
import { scanPostLinks, treeOf } from './lib/link-scan.ts';
import { postLanguageProblems } from '../src/lib/post-language.ts';
import { ContentFileError, formatContentProblem, type ContentProblem } from '../src/lib/content-error.ts';
import { DATA_FILES, readDataList } from '../src/lib/data-files.ts';
import { postFileProblems } from '../src/lib/post-files.ts';
import { frontmatterAsWritten } from '../src/lib/yaml-text.ts';

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
import { readBlobs, readContentLog } from '../src/lib/git-versions.ts';
import { checkLedger, explainLedgerProblem, unavailableMessage, type DataVersion } from '../src/lib/ledger.ts';

const started = performance.now();
const root = process.cwd();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const { values: options } = parseArgs({
  options: { 'content-only': { type: 'boolean', default: false } },
  allowPositionals: false,
});

const contentDir = site.contentDir;
const contentAbs = resolve(root, contentDir);
/** How a path is shown: relative to the project when inside it, with "/" separators. */
const show = (abs: string) => {
  const rel = relative(root, abs);
  return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split(sep).join('/');
};
const contentShown = show(contentAbs);

const problems: Problem[] = [];
const notes: string[] = [];
/**
 * Temporary folders (sync caches, the content copy). Astro writes its cache on a timer, so
 * they are removed only at the very end, right before exiting, when no timer can run.
 */
const temporary: string[] = [];

// On any exit (also after an unexpected error), synchronously, so no pending write can follow.
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Exits now: the temporary folders are removed by the exit handler. */
function finish(code: number): never {
  process.exit(code);
}

/** Content files the sync must not see: their place or name is already reported (relative to the content folder). */
const setAside: string[] = [];

/** A problem of the loaders' own rules, with its path as the check shows paths. */
function fromContentProblem(p: ContentProblem): Problem {
  return { file: show(resolve(root, p.file)), line: p.line, field: p.field, what: p.what, fix: p.fix };
}

/**
 * Step 0, the rules the loaders apply before Astro validates anything (one rule for both):
 * every data file can be read (syntax, list, ids), and every post file's place and name can
 * be its address. Returns false when a data file is broken: the posts refer to it, so
 * checking them would only repeat that error as "unknown commitment" lines.
 */
function checkFilesAsLoadersDo(): boolean {
  let dataOk = true;
  for (const name of DATA_FILES) {
    try {
      readDataList(contentAbs, name);
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      problems.push(...error.problems.map(fromContentProblem));
      notes.push(`Fix ${show(join(contentAbs, name))} first: the posts that refer to it were not checked.`);
      dataOk = false;
    }
  }
  for (const kind of POST_KINDS) {
    const found = postFileProblems(kind, join(contentAbs, kind), `${contentShown}/${kind}`);
    problems.push(...found.map(fromContentProblem));
    for (const p of found) setAside.push(relative(contentAbs, resolve(root, p.file)).split(sep).join('/'));
  }
  return dataOk;
}

/** Every file under a folder, relative to it, with "/" separators. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** Step 1: placeholders, stray files, MDX syntax and components (and commitment links when the data files can be read). */
async function scanContent(files: string[], dataOk: boolean): Promise<void> {
  problems.push(...strayFileProblems(contentShown, files));
  const componentsFile = join(root, 'src', 'components', 'mdx', 'index.ts');
  const components = existsSync(componentsFile) ? parseComponentNames(readFileSync(componentsFile, 'utf8')) : undefined;
  const renderer = await mdxRenderer();
  const commitmentIds = readIds(contentAbs, 'commitments.yaml');
  const now = buildNow();
  const linked: { post: LinkedPost; links: SiteLink[] }[] = [];
  for (const file of files) {
    const abs = join(contentAbs, file);
    const shown = show(abs);
    const [folder] = file.split('/');
    const isPost = file.includes('/') && (POST_KINDS as readonly string[]).includes(folder!) && /\.mdx?$/.test(file);
    const isData = !file.includes('/') && /\.ya?ml$/.test(file);
    if (!isPost && !isData) continue;
    const text = readFileSync(abs, 'utf8');
    problems.push(...todoProblems(shown, text, isPost ? 'post' : 'data'));
    if (isPost && file.endsWith('.md')) {
      // A .md body is plain Markdown: the same rule, on the Markdown tree the build compiles.
      const split = splitFrontmatter(text);
      if (!split.hasFrontmatter) continue;
      const found = postLanguageProblems(treeOf(split.body, 'md'), { mediaOrigins: site.mediaOrigins });
      problems.push(...found.map((p) => ({ file: shown, line: p.line, field: '(text)', what: p.what, fix: p.fix })));
      linked.push(scanPostLinks(shown, abs, folder!, file.slice(folder!.length + 1).replace(/\.md$/, ''), split, now, 'md'));
      continue;
    }
    if (!isPost || !file.endsWith('.mdx')) continue;
    const split = splitFrontmatter(text);
    const { body, hasFrontmatter } = split;
    if (!hasFrontmatter) continue;
    linked.push(scanPostLinks(shown, abs, folder!, file.slice(folder!.length + 1).replace(/\.mdx$/, ''), split, now));
    // Without the compiler, a plain scan still finds misspelled components.
    if (components && !renderer) problems.push(...unknownComponentProblems(shown, body, components));
    if (dataOk) problems.push(...commitmentLinkProblems(shown, body, commitmentIds, `${contentShown}/commitments.yaml`));
    if (renderer) {
      try {
        await renderer.process(body, abs, {});
      } catch (error) {
        // What the post may contain: the same rule, and the same plugin, as the build.
        if (error instanceof PostLanguageError) {
          problems.push(...error.problems.map((p) => ({ file: shown, line: p.line, field: '(text)', what: p.what, fix: p.fix })));
          continue;
        }
        const explained = explainMdxError(error instanceof Error ? error.message : String(error));
        problems.push({ file: shown, line: explained.line ?? 1, field: '(text)', what: explained.what, fix: explained.fix });
      }
    }
  }
  // Links from published posts to drafts, scheduled posts and missing files.
  const posts = linked.map((l) => l.post);
  for (const { post, links } of linked) {
    problems.push(...linkProblems(post, links, posts).map((p) => ({ file: post.file, ...p })));
  }
}

/**
 * The MDX compiler Astro uses, with the post-language plugin as in astro.config.mjs, to find
 * syntax errors and refused content in bodies without a build (undefined if unavailable).
 */
async function mdxRenderer(): Promise<{ process: (body: string, id: string, fm: object) => Promise<unknown> } | undefined> {
  try {
    const { satteri } = await import('@astrojs/markdown-satteri');
    const processor = satteri({ mdastPlugins: [postLanguagePlugin({ mediaOrigins: site.mediaOrigins })] }) as unknown as {
      createMdxRenderer?: (shared: object, mdx: object) => Promise<{ process: (b: string, id: string, fm: object) => Promise<unknown> }>;
    };
    return await processor.createMdxRenderer?.(
      { syntaxHighlight: false, gfm: true, smartypants: true },
      { optimize: false, srcDir: new URL('./src/', `file://${root}/`), sourcemap: false },
    );
  } catch {
    notes.push('The MDX syntax of post bodies was not checked (the MDX compiler could not be loaded); `npm run build` checks it.');
    return undefined;
  }
}

/** An error thrown by Astro's sync. */
interface SyncError {
  name?: string;
  message: string;
  loc?: { file?: string; line?: number; column?: number };
}

/** What one failed sync taught us. */
interface SyncFailure {
  /** The problems it names. */
  found: Problem[];
  /** Files (relative to the content folder) to set aside before syncing again. */
  skip: string[];
  /** Set when syncing again would not tell us more. */
  stop?: string;
}

/** Runs Astro's content sync on a content folder; returns the error, or undefined when all is valid. */
async function runSync(dir: string): Promise<SyncError | undefined> {
  const { sync } = await import('astro');
  const cacheDir = mkdtempSync(join(tmpdir(), 'check-cache-'));
  temporary.push(cacheDir);
  process.env.CONTENT_DIR = dir;
  try {
    await sync({ root, logLevel: 'silent', cacheDir });
    return undefined;
  } catch (error) {
    const e = error as Partial<SyncError>;
    return { name: e.name, message: String(e.message ?? error), loc: e.loc };
  } finally {
    process.env.CONTENT_DIR = contentDir;
  }
}

/** Turns a sync error on the folder `dir` (the real content or its copy) into problems in the real files. */
function explainSyncError(raw: SyncError, dir: string): SyncFailure {
  const dirAbs = resolve(root, dir);
  // Messages about the copy name the real files.
  const error = dirAbs === contentAbs ? raw : { ...raw, message: raw.message.replaceAll(dirAbs, contentShown) };
  const inContent = (file: string) => {
    for (const base of [dirAbs, contentAbs]) {
      const rel = relative(base, resolve(root, file));
      if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    }
    return undefined;
  };
  const real = (rel: string) => join(contentAbs, rel);

  // The loaders' own errors already say file, line, field, what and fix.
  if (error.name === 'ContentFileError') {
    const found = error.message
      .split('\n')
      .map((line) => /^(.+?):(\d+) {2}(\S+) {2}(.+?) {2}(.+)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => {
        const rel = inContent(m[1]!);
        return { file: rel ? show(real(rel)) : m[1]!, line: Number(m[2]), field: m[3]!, what: m[4]!, fix: m[5]! };
      });
    const posts = found.map((p) => inContent(resolve(root, p.file))).filter((f): f is string => !!f && f.includes('/'));
    if (found.length > 0 && posts.length === found.length) return { found, skip: [...new Set(posts)] };
    if (found.length > 0) return { found, skip: [], stop: 'There may be more problems: fix these and run the check again.' };
  }

  const rel = error.loc?.file ? inContent(error.loc.file) : undefined;
  if (!rel) {
    const where = error.loc?.file ? show(resolve(root, error.loc.file)) : 'src/content.config.ts';
    return {
      found: [
        {
          file: where,
          line: Math.max(1, error.loc?.line ?? 1),
          field: '(sync)',
          what: error.message.split('\n')[0]!.replaceAll('**', ''),
          fix: 'this is not a problem in one content file: run `npm run sync` for the full error, or ask an engineer',
        },
      ],
      skip: [],
      stop: 'The content sync failed outside the content files, so the content was not fully validated.',
    };
  }

  const file = show(real(rel));
  const isData = !rel.includes('/');
  const text = existsSync(real(rel)) ? readFileSync(real(rel), 'utf8') : '';
  const setAside = isData
    ? { skip: [], stop: `Fix ${file} first: the posts that refer to it could not all be checked.` }
    : { skip: [rel] };

  const entryError = parseEntryDataError(error.message);
  if (entryError) {
    const split = splitFrontmatter(text);
    if (!isData && !split.hasFrontmatter) {
      return {
        found: [
          {
            file,
            line: 1,
            field: '(frontmatter)',
            what: 'the file does not start with frontmatter (the fields between two --- lines)',
            fix: 'start the file with ---, the fields, and another --- (`npm run new` writes them for you)',
          },
        ],
        ...setAside,
      };
    }
    const found = entryError.issues.flatMap((issue) =>
      explainIssue(issue, entryError.collection).map((explained) => {
        const path = parseFieldPath(explained.field);
        let line: number;
        if (isData) {
          const index = indexOfId(text, entryError.entryId);
          line = locateField(text, index >= 0 ? [index, ...path] : []).line;
        } else {
          const located = locateField(split.frontmatter, path);
          line = located.found === 'none' ? split.closingLine : located.line + split.frontmatterLine - 1;
        }
        const field = isData ? [entryError.entryId, explained.field].filter(Boolean).join('.') : explained.field;
        // A value still left as TODO by `npm run new` is a placeholder to fill, whatever the schema says of it.
        const placeholder = /:\s*\[?\s*"?TODO\b/.test(text.split('\n')[line - 1] ?? '');
        const what = placeholder ? 'still has the placeholder "TODO"' : explained.what;
        return { file, line, field, what, fix: explained.fix };
      }),
    );
    return { found, ...setAside };
  }

  if (error.name === 'YAMLException' || /YAML|mapping|scalar|indentation/i.test(error.name ?? '')) {
    // The frontmatter read as the loader reads it: the line where an unclosed quote opens, and the column.
    try {
      if (!isData) frontmatterAsWritten(text, file);
    } catch (thrown) {
      if (thrown instanceof ContentFileError) return { found: thrown.problems.map((p) => ({ ...p, field: '(frontmatter)' })), ...setAside };
    }
    const explained = explainYamlError(error.message);
    return {
      found: [{ file, line: Math.max(1, error.loc?.line ?? 1), field: '(frontmatter)', ...explained }],
      ...setAside,
    };
  }

  return {
    found: [
      {
        file,
        line: Math.max(1, error.loc?.line ?? 1),
        field: '(file)',
        what: error.message.split('\n')[0]!.replaceAll('**', ''),
        fix: 'compare the file with the examples in PUBLISHING.md',
      },
    ],
    ...setAside,
  };
}

/** Step 2: the content sync, again on a copy without each bad file, until nothing more is learned. */
async function syncContent(): Promise<void> {
  const maxRounds = 25;
  let dir = contentDir;
  let copy: string | undefined;
  if (setAside.length > 0) {
    copy = mkdtempSync(join(tmpdir(), 'check-content-'));
    temporary.push(copy);
    cpSync(contentAbs, copy, { recursive: true });
    for (const rel of setAside) rmSync(join(copy, rel), { force: true });
    dir = copy;
  }
  for (let round = 1; ; round++) {
    const error = await runSync(dir);
    if (!error) return;
    const failure = explainSyncError(error, dir);
    problems.push(...failure.found);
    if (failure.stop) {
      notes.push(failure.stop);
      return;
    }
    if (failure.skip.length === 0 || round >= maxRounds) {
      notes.push('There may be more problems: fix these and run the check again.');
      return;
    }
    if (!copy) {
      copy = mkdtempSync(join(tmpdir(), 'check-content-'));
      temporary.push(copy);
      cpSync(contentAbs, copy, { recursive: true });
      dir = copy;
    }
    for (const rel of failure.skip) rmSync(join(copy, rel), { force: true });
  }
}

/** Step 4: TypeScript and Astro component types, through the API of `astro check`. */
async function checkTypes(): Promise<{ files: number; warnings: number }> {
  const { AstroCheck } = await import('@astrojs/language-server');
  const require = createRequire(import.meta.url);
  const checker = new AstroCheck(root, require.resolve('typescript'), undefined);
  const result = await checker.lint({});
  let warnings = 0;
  for (const file of result.fileResult) {
    const path = show(fileURLToPath(file.fileUrl));
    for (const diagnostic of file.errors) {
      if (diagnostic.severity === 2) warnings++;
      if (diagnostic.severity !== 1) continue;
      problems.push({
        file: path,
        line: diagnostic.range.start.line + 1,
        field: '(code)',
        what: `type error ts(${diagnostic.code}): ${String(diagnostic.message).split('\n')[0]!.slice(0, 240)}`,
        fix: 'a problem in the code, not in the content: ask an engineer (details: npm exec -- astro check)',
      });
    }
  }
  return { files: result.fileChecked, warnings };
}

/** Step 3: the promise ledger (published promises never change silently), from the content's git history. */
async function checkPromises(): Promise<void> {
  const file = join(contentAbs, 'commitments.yaml');
  if (!existsSync(file)) return;
  const shown = show(file);
  const log = await readContentLog(contentAbs);
  if (log.unavailable) {
    const { what, fix } = unavailableMessage(log.unavailable, contentShown);
    if (log.unavailable === 'shallow' || site.requireHistory) problems.push({ file: shown, line: 1, field: '(history)', what, fix });
    else notes.push(`NO HISTORY, PROMISE LEDGER NOT CHECKED: ${what}. ${fix}.`);
    return;
  }
  const versions = (log.files.get(file) ?? []).slice().reverse();
  const texts = await readBlobs(log.root, versions.flatMap((v) => (v.blob ? [v.blob] : [])));
  const text = readFileSync(file, 'utf8');
  const all: DataVersion[] = [
    ...versions.map((v) => ({ commit: { hash: v.hash, date: v.date, subject: v.subject }, text: v.blob ? (texts.get(v.blob) ?? null) : null })),
    { text },
  ];
  for (const problem of checkLedger(all, new Date(site.ledgerStart))) {
    const { what, fix } = explainLedgerProblem(problem, shown);
    const index = indexOfId(text, problem.commitment);
    const line = problem.field === '(removed)' || index < 0 ? 1 : locateField(text, [index, problem.field]).line;
    problems.push({ file: shown, line, field: problem.field === '(removed)' ? `${problem.commitment}` : `${problem.commitment}.${problem.field}`, what, fix });
  }
}

/** The scan's problems, without those on a line the schema already reported (e.g. `author: TODO`). */
function withoutRepeats(fromSchema: Problem[], fromScan: Problem[]): Problem[] {
  const lines = new Set(fromSchema.map((p) => `${p.file}:${p.line}`));
  return [...fromSchema, ...fromScan.filter((p) => !lines.has(`${p.file}:${p.line}`))];
}

if (!existsSync(contentAbs)) {
  console.error(`${contentShown}: the content folder does not exist. Set CONTENT_DIR or create it.`);
  process.exit(1);
}

console.log(`Checking ${contentShown}/ against the schemas in src/content.config.ts${options['content-only'] ? '' : ', then the types'}…`);
let types: { files: number; warnings: number } | undefined;
const files = listFiles(contentAbs);
const dataOk = checkFilesAsLoadersDo();
const fromLoaders = problems.splice(0);
await scanContent(files, dataOk);
const scanned = problems.splice(0);
if (dataOk) await syncContent();
const fromSchema = [...fromLoaders, ...problems.splice(0)];
if (dataOk) await checkPromises();
if (!options['content-only']) types = await checkTypes();
const final = sortProblems([...withoutRepeats(fromSchema, scanned), ...problems]);
for (const problem of final) console.log(formatProblem(problem));
for (const note of notes) console.log(`Note: ${note}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const posts = files.filter((f) => /\.mdx?$/.test(f)).length;
const typeNote = types ? `, ${types.files} code files type-checked${types.warnings ? ` (${types.warnings} warnings: npm exec -- astro check)` : ''}` : '';
if (final.length > 0) {
  const fileCount = new Set(final.map((p) => p.file)).size;
  console.log(`\n✗ ${final.length} problem${final.length === 1 ? '' : 's'} in ${fileCount} file${fileCount === 1 ? '' : 's'} (${seconds} s). Fix them, then run npm run check again.`);
  finish(1);
}
console.log(`\n✓ No problems: ${posts} posts and the data files are valid${typeNote} (${seconds} s).`);
finish(0);
