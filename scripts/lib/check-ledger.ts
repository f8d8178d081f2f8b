/**
 * The check's history job: the promise ledger. The git history of commitments.yaml since the
 * ledger start, read with one `git log`, must show no silent change to a published promise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBlobs, readContentLog } from '../../src/lib/git-versions.ts';
import { checkLedger, explainLedgerProblem, unavailableMessage, type DataVersion } from '../../src/lib/ledger.ts';
import { indexOfId, locateField } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** What the ledger job needs to know. */
export interface LedgerOptions {
  /** The content folder, absolute. */
  contentAbs: string;
  /** The content folder as shown in messages. */
  contentShown: string;
  /** How a path is shown. */
  show: (abs: string) => string;
  /** When promises start being held to (ISO 8601). */
  ledgerStart: string;
  /** True when missing history is a problem rather than a note. */
  requireHistory: boolean;
}

/** The problems and notes of the promise ledger (published promises never change silently). */
export async function checkPromises(options: LedgerOptions): Promise<{ problems: Problem[]; notes: string[] }> {
  const file = join(options.contentAbs, 'commitments.yaml');
  if (!existsSync(file)) return { problems: [], notes: [] };
  const shown = options.show(file);
  const log = await readContentLog(options.contentAbs);
  if (log.unavailable) {
    const { what, fix } = unavailableMessage(log.unavailable, options.contentShown);
    if (log.unavailable === 'shallow' || options.requireHistory) return { problems: [{ file: shown, line: 1, field: '(history)', what, fix }], notes: [] };
    return { problems: [], notes: [`NO HISTORY, PROMISE LEDGER NOT CHECKED: ${what}. ${fix}.`] };
  }
  const versions = (log.files.get(file) ?? []).slice().reverse();
  const texts = await readBlobs(
    log.root,
    versions.flatMap((v) => (v.blob ? [v.blob] : [])),
  );
  const text = readFileSync(file, 'utf8');
  const all: DataVersion[] = [
    ...versions.map((v) => ({ commit: { hash: v.hash, date: v.date, subject: v.subject }, text: v.blob ? (texts.get(v.blob) ?? null) : null })),
    { text },
  ];
  const problems = checkLedger(all, new Date(options.ledgerStart)).map((problem) => {
    const { what, fix } = explainLedgerProblem(problem, shown);
    const index = indexOfId(text, problem.commitment);
    const line = problem.field === '(removed)' || index < 0 ? 1 : locateField(text, [index, problem.field]).line;
    const field = problem.field === '(removed)' ? `${problem.commitment}` : `${problem.commitment}.${problem.field}`;
    return { file: shown, line, field, what, fix };
  });
  return { problems, notes: [] };
}
