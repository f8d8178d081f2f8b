/**
 * The promise ledger: a published commitment's title, summary, promised and due date never
 * change in commitments.yaml, and a published commitment is never removed. A new due date is
 * a revision record in a post; a withdrawal is a record too (the commitment stays listed).
 * This module compares the versions of commitments.yaml (from git, after the ledger start)
 * with the file as it is now and names every silent change and the commit that made it.
 */
import { coreYaml } from './yaml-text.ts';

/** The fields of a commitment that make up its promise. */
export const PROMISE_FIELDS = ['title', 'summary', 'promised', 'due'] as const;
/** One field of the promise. */
export type PromiseField = (typeof PROMISE_FIELDS)[number];

/** A commit, as problems name it. */
export interface CommitInfo {
  /** Full hash. */
  hash: string;
  /** Committer date. */
  date: Date;
  /** First line of the message. */
  subject: string;
}

/** One version of commitments.yaml, oldest first; `commit` is undefined for the working copy. */
export interface DataVersion {
  /** The commit that left the file like this, or undefined for the file on disk (not committed yet). */
  commit?: CommitInfo;
  /** The file's text; null when the commit deleted the file. */
  text: string | null;
}

/** A silent change to a published promise, or a removed commitment. */
export interface LedgerProblem {
  /** Commitment id. */
  commitment: string;
  /** The field that changed, or "(removed)". */
  field: PromiseField | '(removed)';
  /** The value as first published (as written in the file). */
  before: string;
  /** The value now; undefined when the commitment was removed. */
  after?: string;
  /** The commit that brought the current value (or removal); undefined when not committed yet. */
  commit?: CommitInfo;
}

/** The promise fields of every commitment in a commitments.yaml text, as written (dates stay text). */
export function promisesOf(text: string | null): Map<string, Record<PromiseField, string>> {
  const promises = new Map<string, Record<PromiseField, string>>();
  if (!text) return promises;
  // The core schema reads 2026-11-27 as the text written, not as a Date.
  const data = coreYaml(text);
  if (!Array.isArray(data)) return promises;
  for (const item of data) {
    if (!item || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string') continue;
    const entry = item as Record<string, unknown>;
    const values = Object.fromEntries(PROMISE_FIELDS.map((f) => [f, entry[f] === undefined ? '' : String(entry[f])])) as Record<PromiseField, string>;
    promises.set(entry.id as string, values);
  }
  return promises;
}

/**
 * The silent changes in `versions` (oldest first, the last one being the file as it is now).
 * The ledger starts at `start`: the last version committed at or before it is the promise as
 * published; earlier history (drafting) is ignored; a commitment added later is promised by
 * the first version that has it. Changed and then restored values are not problems.
 */
export function checkLedger(versions: readonly DataVersion[], start: Date): LedgerProblem[] {
  if (versions.length === 0) return [];
  // The last version committed at or before the start; when there is none, the first version (committed after it, or not yet).
  let first = 0;
  versions.forEach((v, i) => {
    if (v.commit && v.commit.date.getTime() <= start.getTime()) first = i;
  });
  const considered = versions.slice(first).map((v) => ({ commit: v.commit, promises: promisesOf(v.text) }));
  const current = considered.at(-1)!.promises;
  const original = new Map<string, Record<PromiseField, string>>();
  for (const version of considered) {
    for (const [id, values] of version.promises) if (!original.has(id)) original.set(id, values);
  }
  /** The commit from which on every version satisfies `holds` (the one that brought the present state). */
  const since = (holds: (p: Map<string, Record<PromiseField, string>>) => boolean) => {
    let index = considered.length - 1;
    while (index > 0 && holds(considered[index - 1]!.promises)) index -= 1;
    return considered[index]!.commit;
  };
  const problems: LedgerProblem[] = [];
  for (const [id, promised] of original) {
    const now = current.get(id);
    if (!now) {
      problems.push({ commitment: id, field: '(removed)', before: promised.title, commit: since((p) => !p.has(id)) });
      continue;
    }
    for (const field of PROMISE_FIELDS) {
      if (now[field] === promised[field]) continue;
      problems.push({ commitment: id, field, before: promised[field], after: now[field], commit: since((p) => p.get(id)?.[field] === now[field]) });
    }
  }
  return problems;
}

/** "commit abc1234 (2026-11-30, “Move the date”)" or "an edit not committed yet". */
export function describeCommit(commit: CommitInfo | undefined): string {
  if (!commit) return 'an edit not committed yet';
  return `commit ${commit.hash.slice(0, 7)} (${commit.date.toISOString().slice(0, 10)}, “${commit.subject}”)`;
}

/** What is wrong and how to fix it, in the comms team's words. */
export function explainLedgerProblem(problem: LedgerProblem, file: string): { what: string; fix: string } {
  const by = describeCommit(problem.commit);
  if (problem.field === '(removed)') {
    return {
      what: `commitment "${problem.commitment}" (“${problem.before}”) was published and then removed by ${by}`,
      fix: `put the entry back in ${file}: a published commitment stays on the site. To drop it, withdraw it in a progress post or webinar recap with a status update carrying withdrawn: true and reason: "…" (PUBLISHING.md, "When a date slips or a promise is withdrawn")`,
    };
  }
  const what = `commitment "${problem.commitment}": ${problem.field} was published as "${problem.before}" and is now "${problem.after}", changed by ${by} with no revision record`;
  if (problem.field === 'due') {
    return {
      what,
      fix: `put back due: ${problem.before} in ${file} (it keeps the original promise) and announce the new date in a progress post or webinar recap: a status update for ${problem.commitment} with due: ${problem.after} and reason: "…" (PUBLISHING.md, "When a date slips or a promise is withdrawn")`,
    };
  }
  return {
    what,
    fix: `put back ${problem.field}: "${problem.before}" in ${file}: a published promise is never edited. Explain what changed in a post; to replace the promise, withdraw it by record and add a new commitment (PUBLISHING.md, "When a date slips or a promise is withdrawn")`,
  };
}

/** The message when the history needed for the ledger cannot be read. */
export function unavailableMessage(reason: 'no-git' | 'not-a-repository' | 'shallow', contentDir: string): { what: string; fix: string } {
  if (reason === 'shallow') {
    return {
      what: 'this is a shallow clone: the history of the content is missing, so changes to published promises cannot be checked',
      fix: 'run git fetch --unshallow (in CI: actions/checkout with fetch-depth: 0), then build again',
    };
  }
  if (reason === 'no-git') {
    return {
      what: 'git is not installed: the history of the content cannot be read, so changes to published promises were not checked',
      fix: 'install git and build from a clone of the repository',
    };
  }
  return {
    what: `${contentDir} is not in a git repository: there is no history, so changes to published promises were not checked`,
    fix: 'build from a clone of the repository (with its full history) to check the promises',
  };
}
