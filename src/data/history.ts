/**
 * The git revision history of the content files, read once per build with ONE `git log`
 * over the content folder and cached. Without git history (tarball, shallow clone,
 * content outside a repository) every lookup returns nothing and pages omit the section.
 */
import { resolve } from 'node:path';
import { readGitHistory, type HistoryResult, type Revision } from '../lib/git-history';
import { site } from '../site.config';

let pending: Promise<HistoryResult> | undefined;

/** The whole history of the content folder (read on first use, then cached). */
export function contentHistory(): Promise<HistoryResult> {
  pending ??= readGitHistory(site.contentDir);
  return pending;
}

/** The commits that touched one content file (path as Astro gives it, relative to the project), newest first; empty when unknown. */
export async function historyOf(filePath: string | undefined): Promise<Revision[]> {
  if (!filePath) return [];
  return (await contentHistory()).files.get(resolve(filePath)) ?? [];
}
