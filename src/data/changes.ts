/**
 * Every change to published content after its publication, from the one content history
 * (src/data/history.ts): posts and their translations (only published ones, only edits after
 * they went live and after the ledger start) and the YAML data files (edits after the ledger
 * start). Drafts and scheduled posts, their translations, and edits before publication, are
 * never listed.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { dataChange, type FileChange } from '../lib/changes';
import { postRevisions, revisionsAfter, translationRevisions, type Revised } from '../lib/change-list';
import type { FileVersion } from '../lib/git-versions';
import type { Language } from '../lib/languages';
import { site } from '../site.config';
import { contentTexts, versionsOf } from './history';
import { getAllPosts, now } from './posts';
import { routes } from './site-links';
import { getTranslations } from './translations';

/** One revision of one published file. */
export interface ChangeEntry {
  /** Absolute path of the file. */
  file: string;
  /** What the file is: a post title, or a data file name. */
  label: string;
  /** "post" or "data". */
  kind: 'post' | 'data';
  /** The language of a translated post's changes (its label and text are in it); undefined for an original or a data file. */
  lang?: Language;
  /** Site path of the file's changes page, e.g. /changes/progress/week-13/. */
  pagePath: string;
  /** Site path of what the file publishes (the post, or the page built from the data). */
  sourcePath: string;
  /** Anchor of this revision on the changes page. */
  anchor: string;
  /** The commit. */
  version: FileVersion;
  /** What it changed. */
  change: FileChange;
}

/** The page each data file feeds. */
const DATA_PAGES: Record<string, string> = { commitments: '/plan/', regions: '/data-routing/', people: '/advisory-board/' };

let all: Promise<ChangeEntry[]> | undefined;

/** Every change to published content, newest first. */
export function allChanges(): Promise<ChangeEntry[]> {
  all ??= (async () => {
    const [posts, texts] = await Promise.all([getAllPosts(), contentTexts()]);
    const start = new Date(site.ledgerStart).getTime();
    const entries: ChangeEntry[] = [];
    /** Change entries for a file's revisions. */
    const entriesOf = (revised: Revised[], describe: Omit<ChangeEntry, 'anchor' | 'version' | 'change'>) =>
      revised.map(({ version, change }): ChangeEntry => ({ ...describe, anchor: `r-${version.hash.slice(0, 12)}`, version, change }));
    for (const post of posts) {
      const versions = (await versionsOf(post.entry.filePath)).slice().reverse();
      const data = post.entry.data;
      const revised = postRevisions(versions, texts, { published: data.published, now, start: new Date(start), draft: data.draft });
      entries.push(
        ...entriesOf(revised, {
          file: resolve(post.entry.filePath ?? ''),
          label: data.title,
          kind: 'post',
          pagePath: routes.changePage(post.kind, post.slug),
          sourcePath: post.path,
        }),
      );
    }
    for (const translation of await getTranslations()) {
      const { original, entry, lang } = translation;
      const data = original.entry.data;
      const [versions, originalVersions] = await Promise.all([versionsOf(entry.filePath), versionsOf(original.entry.filePath)]);
      const revised = translationRevisions(versions.slice().reverse(), originalVersions.slice().reverse(), texts, {
        published: data.published,
        now,
        start: new Date(start),
        draft: data.draft,
      });
      entries.push(
        ...entriesOf(revised, {
          file: resolve(entry.filePath ?? ''),
          label: entry.data.title,
          kind: 'post',
          lang,
          pagePath: routes.translationChangePage(original.kind, original.slug, lang),
          sourcePath: translation.path,
        }),
      );
    }
    const contentAbs = resolve(site.contentDir);
    for (const file of readdirSync(contentAbs)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      const name = basename(file).replace(/\.ya?ml$/, '');
      const versions = (await versionsOf(join(contentAbs, file))).slice().reverse();
      entries.push(
        ...entriesOf(revisionsAfter(versions, texts, start, dataChange), {
          file: join(contentAbs, file),
          label: file,
          kind: 'data',
          pagePath: routes.changePage('data', name),
          sourcePath: DATA_PAGES[name] ?? '/data/',
        }),
      );
    }
    return entries.sort((a, b) => b.version.date.getTime() - a.version.date.getTime() || a.pagePath.localeCompare(b.pagePath));
  })();
  return all;
}

/** The changes grouped by file (changes page path → its changes, newest first). */
export async function changesByPage(): Promise<Map<string, ChangeEntry[]>> {
  const pages = new Map<string, ChangeEntry[]>();
  for (const entry of await allChanges()) pages.set(entry.pagePath, [...(pages.get(entry.pagePath) ?? []), entry]);
  return pages;
}

/** The changes of one file (path as Astro gives it, or absolute), newest first. */
export async function changesOfFile(filePath: string | undefined): Promise<ChangeEntry[]> {
  if (!filePath) return [];
  const file = resolve(filePath);
  return (await allChanges()).filter((e) => e.file === file);
}
