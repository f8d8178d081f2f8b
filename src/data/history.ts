/**
 * The git history of the content files, read once per build with ONE `git log --raw` over
 * the content folder and cached; file texts per version come from one `git cat-file --batch`.
 * Without git history (tarball, shallow clone, content outside a repository) every lookup
 * returns nothing and pages omit the section (the promise ledger says so loudly).
 */
import { resolve } from 'node:path';
import type { Revision } from '../lib/git-history';
import { readBlobs, readContentLog, type ContentLog, type FileVersion } from '../lib/git-versions';
import { site } from '../site.config';

let pending: Promise<ContentLog> | undefined;

/** Every version of every file of the content folder (read on first use, then cached). */
export function contentLog(): Promise<ContentLog> {
  pending ??= readContentLog(site.contentDir);
  return pending;
}

/** The versions of one content file (path as Astro gives it, or absolute), newest first; empty when unknown. */
export async function versionsOf(filePath: string | undefined): Promise<FileVersion[]> {
  if (!filePath) return [];
  return (await contentLog()).files.get(resolve(filePath)) ?? [];
}

/** The commits that touched one content file, newest first; empty when unknown. */
export async function historyOf(filePath: string | undefined): Promise<Revision[]> {
  return (await versionsOf(filePath)).map(({ hash, date, subject }) => ({ hash, date, subject }));
}

let blobs: Promise<Map<string, string>> | undefined;

/** The text of every version of every content file (one `git cat-file --batch`, cached). */
export function contentTexts(): Promise<Map<string, string>> {
  blobs ??= (async () => {
    const log = await contentLog();
    const ids = [...log.files.values()].flat().flatMap((v) => (v.blob ? [v.blob] : []));
    return log.root ? readBlobs(log.root, ids) : new Map();
  })();
  return blobs;
}
