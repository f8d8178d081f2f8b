/** "This translation may be out of date", from the history of a real temporary git repository. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRunner, tempDirs, committer } from '../helpers/git-repo';
import { readBlobs, readContentLog } from '../../src/lib/git-versions';
import { staleningChanges } from '../../src/lib/stale-translation';

const temp = tempDirs();
afterAll(temp.cleanup);
const git = gitRunner('2026-09-01T10:00:00+00:00');

const commit = committer(git);

const ORIGINAL = 'content/statements/apology.mdx';
const TRANSLATION = 'content/statements/apology.es.mdx';
const post = (title: string, tags: string, body: string) => `---\ntitle: "${title}"\ntags: [${tags}]\n---\n\n${body}\n`;

/** The original's commits that make the translation stale, read as the build reads the history. */
async function stale(repo: string): Promise<string[]> {
  const log = await readContentLog('content', repo);
  const original = log.files.get(join(repo, ORIGINAL)) ?? [];
  const translation = log.files.get(join(repo, TRANSLATION)) ?? [];
  const texts = await readBlobs(
    log.root,
    [...original, ...translation].flatMap((v) => (v.blob ? [v.blob] : [])),
  );
  return staleningChanges(original, translation, texts).map((v) => v.hash);
}

describe('a translation whose original changed after it', () => {
  const repo = temp.make('stale-translation-');
  git(repo, ['init', '-q', '-b', 'main']);

  it("is up to date when only the original's data or a minor fix came after it, stale after a change of its text, and up to date again once translated", async () => {
    commit(repo, { [ORIGINAL]: post('We are sorry', 'plan', 'We failed you in three ways.') }, 'Add the apology', '2026-09-01T10:00:00+00:00');
    commit(
      repo,
      { [TRANSLATION]: '---\ntranslationOf: apology\nlang: es\ntitle: "Lo sentimos"\nsummary: "s"\n---\n\nLe fallamos de tres maneras.\n' },
      'Translate the apology',
      '2026-09-02T10:00:00+00:00',
    );
    expect(await stale(repo)).toEqual([]);

    // Only a tag: the words a translation carries did not change.
    commit(repo, { [ORIGINAL]: post('We are sorry', 'plan, encryption', 'We failed you in three ways.') }, 'Tag the apology', '2026-09-03T10:00:00+00:00');
    // A typo marked minor, as the changes ledger marks it.
    commit(
      repo,
      { [ORIGINAL]: post('We are sorry', 'plan, encryption', 'We failed you in three ways!') },
      'Fix a typo\n\nMinor: yes',
      '2026-09-04T10:00:00+00:00',
    );
    expect(await stale(repo)).toEqual([]);

    const retitled = commit(
      repo,
      { [ORIGINAL]: post('We are deeply sorry', 'plan, encryption', 'We failed you in three ways!') },
      'Retitle the apology',
      '2026-09-05T10:00:00+00:00',
    );
    const corrected = commit(
      repo,
      { [ORIGINAL]: post('We are deeply sorry', 'plan, encryption', 'We failed you in four ways!') },
      'Correct the apology: four ways, not three',
      '2026-09-06T10:00:00+00:00',
    );
    expect(await stale(repo)).toEqual([corrected, retitled]);

    commit(
      repo,
      { [TRANSLATION]: '---\ntranslationOf: apology\nlang: es\ntitle: "Lo sentimos profundamente"\nsummary: "s"\n---\n\nLe fallamos de cuatro maneras.\n' },
      'Update the Spanish apology',
      '2026-09-07T10:00:00+00:00',
    );
    expect(await stale(repo)).toEqual([]);

    // The summary is translated too (lists, feeds, search show it): a new one makes the translation stale.
    const summarised = commit(
      repo,
      {
        [ORIGINAL]: post('We are deeply sorry', 'plan, encryption', 'We failed you in four ways!').replace(
          'tags:',
          'summary: "Four failures, and what we do now."\ntags:',
        ),
      },
      'Give the apology a summary',
      '2026-09-08T10:00:00+00:00',
    );
    expect(await stale(repo)).toEqual([summarised]);
  });

  it('says nothing without history for the translation', () => {
    expect(staleningChanges([{ hash: 'a', date: new Date('2026-09-05T00:00:00Z'), subject: 's', minor: false, blob: 'b' }], [], new Map())).toEqual([]);
  });
});

describe('stale-translation limits (mutation testing)', () => {
  const version = (hash: string, date: string, blob: string, minor = false) => ({ hash, date: new Date(date), subject: hash, minor, blob });
  const texts = new Map([
    ['b1', '---\ntitle: "We are sorry"\n---\n\nWe failed you.\n'],
    ['b2', '---\ntitle: "We are deeply sorry"\n---\n\nWe failed you.\n'],
    ['b3', '---\ntitle: "We are deeply sorry"\n---\n\n\nWe failed you.\n\n\n  \n'],
  ]);
  const translation = [version('t1', '2026-09-05T10:00:00Z', 'bt')];

  it('is up to date after a commit that changed the original and its translation together (the same instant)', () => {
    const original = [version('both', '2026-09-05T10:00:00Z', 'b2'), version('first', '2026-09-01T10:00:00Z', 'b1')];
    expect(staleningChanges(original, translation, texts)).toEqual([]);
    // One second later, the same change makes it stale.
    const later = [version('later', '2026-09-05T10:00:01Z', 'b2'), version('first', '2026-09-01T10:00:00Z', 'b1')];
    expect(staleningChanges(later, translation, texts).map((v) => v.hash)).toEqual(['later']);
  });

  it('is not made stale by blank lines added around the text', () => {
    const original = [version('blank', '2026-09-06T10:00:00Z', 'b3'), version('retitled', '2026-09-04T10:00:00Z', 'b2')];
    expect(staleningChanges(original, translation, texts)).toEqual([]);
  });
});

describe('stale-translation: versions without words to compare', () => {
  const version = (hash: string, date: string, blob: string | null) => ({ hash, date: new Date(date), subject: hash, minor: false, blob });
  const texts = new Map([
    ['b1', '---\ntitle: "We are sorry"\n---\n\nWe failed you.\n'],
    ['b2', '---\ntitle: "We are deeply sorry"\n---\n\nWe failed you.\n'],
  ]);
  const translation = [version('t1', '2026-09-05T10:00:00Z', 'bt')];

  it('says nothing of an original whose only commits are after the translation (no version before to compare)', () => {
    expect(staleningChanges([version('created', '2026-09-06T10:00:00Z', 'b2')], translation, texts)).toEqual([]);
  });

  it('says nothing of a commit that deleted the original, or whose text was not read', () => {
    const deleted = [version('deleted', '2026-09-07T10:00:00Z', null), version('first', '2026-09-01T10:00:00Z', 'b1')];
    expect(staleningChanges(deleted, translation, texts)).toEqual([]);
    const unread = [version('unread', '2026-09-07T10:00:00Z', 'b9'), version('first', '2026-09-01T10:00:00Z', 'b1')];
    expect(staleningChanges(unread, translation, texts)).toEqual([]);
    // The same history with a text that was read: stale.
    const read = [version('retitled', '2026-09-07T10:00:00Z', 'b2'), version('first', '2026-09-01T10:00:00Z', 'b1')];
    expect(staleningChanges(read, translation, texts).map((v) => v.hash)).toEqual(['retitled']);
  });
});
