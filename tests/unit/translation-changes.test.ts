/**
 * The public changes of a translated post (change-list.ts translationRevisions), from the
 * history of a real temporary git repository read as the build reads it: the translation's
 * edits while its original was a draft or scheduled are never listed, the one after the
 * original went live is, as a word diff; the original's own edits are not the translation's.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRunner, tempDirs, committer } from '../helpers/git-repo';
import { readBlobs, readContentLog } from '../../src/lib/git-versions';
import { translationRevisions } from '../../src/lib/change-list';

const temp = tempDirs();
afterAll(temp.cleanup);
const git = gitRunner('2026-12-01T10:00:00+00:00');

const commit = committer(git);

const ORIGINAL = 'content/statements/letter.mdx';
const TRANSLATION = 'content/statements/letter.es.mdx';
const original = (draft: boolean, body: string) => `---\ntitle: "A letter"\npublished: 2026-12-02T00:00:00Z\n${draft ? 'draft: true\n' : ''}---\n\n${body}\n`;
const translation = (body: string) => `---\ntranslationOf: letter\nlang: es\ntitle: "Una carta"\nsummary: "s"\n---\n\n${body}\n`;

const repo = temp.make('translation-changes-');
git(repo, ['init', '-q', '-b', 'main']);
commit(repo, { [ORIGINAL]: original(true, 'We are working on it.') }, 'Draft the letter', '2026-12-01T10:00:00+00:00');
commit(repo, { [TRANSLATION]: translation('Estamos trabajando en ello.') }, 'Translate the draft', '2026-12-01T12:00:00+00:00');
// Past its publish time but still a draft: an edit nobody could read yet.
commit(repo, { [TRANSLATION]: translation('Seguimos trabajando en esto.') }, 'Reword the draft translation', '2026-12-03T10:00:00+00:00');
commit(repo, { [ORIGINAL]: original(false, 'We are working on it.') }, 'Publish the letter', '2026-12-04T10:00:00+00:00');
const fix = commit(repo, { [TRANSLATION]: translation('Seguimos trabajando en esto cada día.') }, 'Translation: say every day', '2026-12-06T10:00:00+00:00');
commit(repo, { [ORIGINAL]: original(false, 'We are still working on it.') }, 'Edit the original', '2026-12-07T10:00:00+00:00');

/** The translation's public changes at `now`, as [commit, words inserted, words deleted, inserted text]. */
async function changes(now: string, draft = false) {
  const log = await readContentLog('content', repo);
  const versions = (log.files.get(join(repo, TRANSLATION)) ?? []).slice().reverse();
  const originalVersions = (log.files.get(join(repo, ORIGINAL)) ?? []).slice().reverse();
  const texts = await readBlobs(
    log.root,
    [...versions, ...originalVersions].flatMap((v) => (v.blob ? [v.blob] : [])),
  );
  return translationRevisions(versions, originalVersions, texts, {
    published: new Date('2026-12-02T00:00:00Z'),
    now: new Date(now),
    start: new Date('2026-11-30T00:00:00Z'),
    draft,
  }).map((r) => [r.version.hash, r.change.wordsAdded, r.change.wordsRemoved, r.change.text.filter((p) => p.kind === 'added').map((p) => p.text)]);
}

describe("a translation's changes", () => {
  it("lists only the edit made after the original went live (its draft turned off), as a word diff; not the edit while it was a draft, nor the original's", async () => {
    expect(await changes('2026-12-10T00:00:00Z')).toEqual([[fix, 2, 0, ['cada día']]]);
  });

  it('lists nothing while the original is scheduled (published after now) or a draft', async () => {
    expect(await changes('2026-12-01T23:59:59Z')).toEqual([]);
    expect(await changes('2026-12-10T00:00:00Z', true)).toEqual([]);
  });
});
