/**
 * Whether a translation may be out of date, from the content's git history: its original
 * changed materially (its title, summary or text, in a commit not marked `Minor: yes`) in a commit
 * after the last commit of the translation. Without history for either file, nothing is said.
 * Plain TypeScript: no Astro imports.
 */
import { splitPost } from './changes.ts';
import type { FileVersion } from './git-versions.ts';

/** The title, the summary and the text of one version of a post (what a translation translates), or undefined when the file was deleted or unread. */
function wordsOf(version: FileVersion | undefined, texts: ReadonlyMap<string, string>): { title: unknown; summary: unknown; body: string } | undefined {
  const text = version?.blob ? texts.get(version.blob) : undefined;
  if (text === undefined) return undefined;
  const { data, body } = splitPost(text);
  const { title, summary } = data as { title?: unknown; summary?: unknown };
  return { title, summary, body: body.trim() };
}

/**
 * The original's commits that make the translation stale, newest first: each one after the
 * translation's last commit, not minor, that changed the title, the summary or the text. `original` and
 * `translation` are versions newest first (lib/git-versions.ts); `texts` maps blob ids to text.
 */
export function staleningChanges(original: readonly FileVersion[], translation: readonly FileVersion[], texts: ReadonlyMap<string, string>): FileVersion[] {
  const translated = translation[0];
  if (!translated || original.length === 0) return [];
  const found: FileVersion[] = [];
  for (const [i, version] of original.entries()) {
    if (version.date.getTime() <= translated.date.getTime()) break;
    if (version.minor) continue;
    const after = wordsOf(version, texts);
    const before = wordsOf(original[i + 1], texts);
    if (!after || !before) continue;
    if (after.title !== before.title || after.summary !== before.summary || after.body !== before.body) found.push(version);
  }
  return found;
}
