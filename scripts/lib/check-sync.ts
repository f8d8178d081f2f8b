/**
 * The check's confirmation: Astro's own content sync, run once, on the content without the
 * files the check already reported, nor the translations of a post it left out (so it
 * confirms everything else and writes the types `astro check` needs). An error it still
 * finds is shown with Astro's hint, naming the real files.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ContentProblem } from '../../src/lib/content-error.ts';
import { parseTranslationName } from '../../src/lib/translation-files.ts';
import type { Problem } from './problems.ts';

/** What the sync needs to know. */
export interface SyncOptions {
  /** The project root. */
  root: string;
  /** The content folder, as set for the site (CONTENT_DIR). */
  contentDir: string;
  /** The content folder, absolute. */
  contentAbs: string;
  /** Files to leave out, relative to the content folder ("progress/week-1.mdx"). */
  leaveOut: string[];
  /** How a path is shown. */
  show: (abs: string) => string;
  /** Temporary folders to remove at exit (Astro writes its cache on a timer). */
  temporary: string[];
}

/** An error thrown by Astro's sync: an AstroError (message, hint, loc) or a loader's ContentFileError. */
interface SyncError {
  message?: string;
  hint?: string;
  loc?: { file?: string; line?: number };
  problems?: ContentProblem[];
}

/**
 * The files to leave out of the sync (relative to `contentAbs`): `reported`, and beside each
 * post among them its translations ("statements/apology.es.mdx" for "statements/apology.mdx"),
 * which the sync would otherwise report as having no original. The check has already
 * checked those translations against their schema.
 */
export function filesToLeaveOut(contentAbs: string, reported: readonly string[]): string[] {
  const out = new Set(reported);
  for (const rel of reported) {
    const name = rel.split('/').at(-1)!;
    if (!/\.mdx?$/.test(name) || parseTranslationName(name)) continue;
    const slug = name.replace(/\.mdx?$/, '');
    const folder = join(contentAbs, dirname(rel));
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) if (parseTranslationName(file)?.slug === slug) out.add(join(dirname(rel), file).split('\\').join('/'));
  }
  return [...out];
}

/** Runs Astro's content sync once; returns the problems it still finds (none when it passes). */
export async function confirmWithSync(options: SyncOptions): Promise<Problem[]> {
  const { sync } = await import('astro');
  const { root, contentAbs, show, temporary } = options;
  const cacheDir = mkdtempSync(join(tmpdir(), 'check-cache-'));
  temporary.push(cacheDir);
  let dir = contentAbs;
  if (options.leaveOut.length > 0) {
    dir = mkdtempSync(join(tmpdir(), 'check-content-'));
    temporary.push(dir);
    cpSync(contentAbs, dir, { recursive: true });
    for (const rel of filesToLeaveOut(contentAbs, options.leaveOut)) rmSync(join(dir, rel), { force: true });
  }
  // Messages about the copy name the real files.
  const real = (file: string) => {
    const rel = relative(dir, resolve(root, file));
    return show(!rel.startsWith('..') && !isAbsolute(rel) ? join(contentAbs, rel) : resolve(root, file));
  };
  process.env.CONTENT_DIR = dir === contentAbs ? options.contentDir : dir;
  try {
    await sync({ root, logLevel: 'silent', cacheDir });
    return [];
  } catch (thrown) {
    const error = thrown as SyncError;
    const inReal = (text: string) => text.replaceAll(dir, show(contentAbs));
    if (error.problems?.length)
      return error.problems.map((p) => ({ file: real(p.file), line: p.line, field: p.field, what: inReal(p.what), fix: inReal(p.fix) }));
    return [
      {
        file: error.loc?.file ? real(error.loc.file) : 'src/content.config.ts',
        line: Math.max(1, error.loc?.line ?? 1),
        field: '(sync)',
        what: inReal(
          String(error.message ?? thrown)
            .split('\n')[0]!
            .replaceAll('**', ''),
        ),
        fix: error.hint ?? 'run `npm run sync` for the full error, or ask an engineer',
      },
    ];
  } finally {
    process.env.CONTENT_DIR = options.contentDir;
  }
}
