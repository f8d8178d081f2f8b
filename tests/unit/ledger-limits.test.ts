/** The promise ledger at its edges (found by `npm run mutate`): odd YAML items, the start instant, every message in full. */
import { describe, expect, it } from 'vitest';
import { checkLedger, explainLedgerProblem, promisesOf, unavailableMessage, type CommitInfo } from '../../src/lib/ledger';

const commit = (hash: string, date: string, subject: string): CommitInfo => ({ hash, date: new Date(date), subject });
const yaml = (title: string) => `- id: e2ee\n  title: ${title}\n  summary: S\n  promised: 2026-09-01\n  due: 2026-12-01\n`;

describe('promisesOf', () => {
  it('skips items that are null, not objects or without a text id', () => {
    const promises = promisesOf(`- null\n- just text\n- 7\n- title: No id\n- id: 8\n${yaml('Real')}`);
    expect([...promises]).toEqual([['e2ee', { title: 'Real', summary: 'S', promised: '2026-09-01', due: '2026-12-01' }]]);
  });
});

describe('checkLedger', () => {
  it('has nothing to check without versions', () => {
    expect(checkLedger([], new Date('2026-09-01T00:00:00Z'))).toEqual([]);
  });

  it('takes a version committed exactly at the start as the published promise', () => {
    const versions = [
      { commit: commit('a'.repeat(40), '2026-08-20T00:00:00Z', 'Draft'), text: yaml('Drafted') },
      { commit: commit('b'.repeat(40), '2026-09-01T00:00:00Z', 'Publish'), text: yaml('Published') },
      { commit: commit('c'.repeat(40), '2026-09-10T00:00:00Z', 'Reword'), text: yaml('Reworded') },
    ];
    expect(checkLedger(versions, new Date('2026-09-01T00:00:00Z'))).toEqual([
      { commitment: 'e2ee', field: 'title', before: 'Published', after: 'Reworded', commit: versions[2]!.commit },
    ]);
  });
});

describe('explainLedgerProblem and unavailableMessage', () => {
  it('asks to put back a changed title, naming the commit', () => {
    const problem = {
      commitment: 'e2ee',
      field: 'title' as const,
      before: 'Old',
      after: 'New',
      commit: commit('abcdef0123', '2026-11-30T09:00:00Z', 'Reword'),
    };
    expect(explainLedgerProblem(problem, 'content/commitments.yaml')).toEqual({
      what: 'commitment "e2ee": title was published as "Old" and is now "New", changed by commit abcdef0 (2026-11-30, “Reword”) with no revision record',
      fix: 'put back title: "Old" in content/commitments.yaml: a published promise is never edited. Explain what changed in a post; to replace the promise, withdraw it by record and add a new commitment (PUBLISHING.md, "When a date slips or a promise is withdrawn")',
    });
  });

  it('says why the history is missing and how to get it, for each reason', () => {
    expect(unavailableMessage('shallow', 'content')).toEqual({
      what: 'this is a shallow clone: the history of the content is missing, so changes to published promises cannot be checked',
      fix: 'run git fetch --unshallow (in CI: actions/checkout with fetch-depth: 0), then build again',
    });
    expect(unavailableMessage('no-git', 'content')).toEqual({
      what: 'git is not installed: the history of the content cannot be read, so changes to published promises were not checked',
      fix: 'install git and build from a clone of the repository',
    });
    expect(unavailableMessage('not-a-repository', 'content')).toEqual({
      what: 'content is not in a git repository: there is no history, so changes to published promises were not checked',
      fix: 'build from a clone of the repository (with its full history) to check the promises',
    });
  });
});

describe('checkLedger when nothing was committed by the start (found by `npm run mutate`)', () => {
  it('begins with the first commit after the start, so a later edit of it is named', () => {
    const versions = [
      { commit: commit('d'.repeat(40), '2026-09-05T00:00:00Z', 'First version'), text: yaml('First') },
      { commit: commit('e'.repeat(40), '2026-09-10T00:00:00Z', 'Reword'), text: yaml('Reworded') },
    ];
    expect(checkLedger(versions, new Date('2026-09-01T00:00:00Z'))).toEqual([
      { commitment: 'e2ee', field: 'title', before: 'First', after: 'Reworded', commit: versions[1]!.commit },
    ]);
  });

  it('begins with the working copy when nothing is committed yet', () => {
    expect(checkLedger([{ text: yaml('Only') }], new Date('2026-09-01T00:00:00Z'))).toEqual([]);
  });
});

describe('ledger: YAML that is not a list, a commitment that disappears for a while', () => {
  it('reads a mapping, a bare value or an empty document as no commitments', () => {
    expect([...promisesOf('e2ee:\n  title: T\n')]).toEqual([]);
    expect([...promisesOf('null\n')]).toEqual([]);
    expect([...promisesOf('# only a comment\n')]).toEqual([]);
  });

  it('names the commit that brought the new value back after the commitment was removed and re-added', () => {
    const versions = [
      { commit: commit('a'.repeat(40), '2026-09-01T00:00:00Z', 'Publish'), text: yaml('Published') },
      { commit: commit('b'.repeat(40), '2026-09-05T00:00:00Z', 'Remove'), text: '[]\n' },
      { commit: commit('c'.repeat(40), '2026-09-10T00:00:00Z', 'Re-add'), text: yaml('Reworded') },
    ];
    expect(checkLedger(versions, new Date('2026-09-01T00:00:00Z'))).toEqual([
      { commitment: 'e2ee', field: 'title', before: 'Published', after: 'Reworded', commit: versions[2]!.commit },
    ]);
  });
});
