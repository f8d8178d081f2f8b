/**
 * Which revisions of a file are public changes: for a post, only edits committed after it
 * went live (its publish time, the commit that turned its draft off, and the ledger start,
 * whichever is last), and none at all while it is a draft or scheduled; for a translation,
 * the same, judged by its original; for a data file, edits after the ledger start.
 */
import { postChange, splitPost, type FileChange } from './changes';
import type { FileVersion } from './git-versions';

/** A revision and what it changed. */
export interface Revised {
  /** The commit's version of the file. */
  version: FileVersion;
  /** What it changed relative to the version before. */
  change: FileChange;
}

/** The changes between consecutive versions (oldest first) committed after `after` (ms). */
export function revisionsAfter(
  versions: readonly FileVersion[],
  texts: ReadonlyMap<string, string>,
  after: number,
  diff: (before: string, next: string) => FileChange,
): Revised[] {
  const out: Revised[] = [];
  for (let i = 1; i < versions.length; i++) {
    const version = versions[i]!;
    if (version.date.getTime() <= after || !version.blob) continue;
    const previous = versions[i - 1]!.blob;
    const change = diff(previous ? (texts.get(previous) ?? '') : '', texts.get(version.blob) ?? '');
    if (change.fields.length === 0 && change.text.length === 0) continue;
    out.push({ version, change });
  }
  return out;
}

/** True when a post's frontmatter says draft: true. */
function isDraft(text: string): boolean {
  return String((splitPost(text).data as { draft?: unknown } | null)?.draft) === 'true';
}

/** The time of the first commit from which every version is not a draft (0 when never a draft; Infinity when a draft now). */
export function undraftedAt(versions: readonly FileVersion[], texts: ReadonlyMap<string, string>): number {
  let index = versions.length;
  while (index > 0 && !isDraft(texts.get(versions[index - 1]!.blob ?? '') ?? '')) index -= 1;
  if (index === versions.length) return versions.length === 0 ? 0 : Infinity;
  return index === 0 ? 0 : versions[index]!.date.getTime();
}

/**
 * The public changes of a post (versions oldest first): none while it is a draft or its
 * publish time is after `now`; else the edits committed after it went live and after `start`.
 */
export function postRevisions(
  versions: readonly FileVersion[],
  texts: ReadonlyMap<string, string>,
  options: { published: Date; now: Date; start: Date; draft: boolean },
): Revised[] {
  return translationRevisions(versions, versions, texts, options);
}

/**
 * The public changes of a translation (its versions and its original's, oldest first): a
 * translation is published with its original, so none while the original is a draft or
 * scheduled; else the translation's own edits committed after the original went live and
 * after `start`. Its first version (when it was published) is never a change.
 */
export function translationRevisions(
  versions: readonly FileVersion[],
  originalVersions: readonly FileVersion[],
  texts: ReadonlyMap<string, string>,
  options: { published: Date; now: Date; start: Date; draft: boolean },
): Revised[] {
  if (options.draft || options.published.getTime() > options.now.getTime()) return [];
  const live = Math.max(options.published.getTime(), options.start.getTime(), undraftedAt(originalVersions, texts));
  return revisionsAfter(versions, texts, live, postChange);
}
