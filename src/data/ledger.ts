/**
 * The promise ledger in the build: reads the versions of commitments.yaml from the content
 * history and stops the build on a silent change to a published promise, a removed
 * commitment, or a shallow clone. Without any history it warns, and fails only when the
 * settings require history (REQUIRE_HISTORY=1).
 */
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkLedger, explainLedgerProblem, unavailableMessage, type DataVersion } from '../lib/ledger';
import { site } from '../site.config';
import { contentLog, contentTexts, versionsOf } from './history';

/** The versions of commitments.yaml after… oldest first, ending with the file on disk. */
export async function commitmentVersions(): Promise<DataVersion[]> {
  const file = resolve(join(site.contentDir, 'commitments.yaml'));
  const [versions, texts] = await Promise.all([versionsOf(file), contentTexts()]);
  const committed = versions
    .slice()
    .reverse()
    .map((v): DataVersion => ({ commit: { hash: v.hash, date: v.date, subject: v.subject }, text: v.blob ? (texts.get(v.blob) ?? null) : null }));
  return [...committed, { text: readFileSync(file, 'utf8') }];
}

let checked: Promise<void> | undefined;

/** Throws an AstroError naming every silent change to a published promise (checked once per build). */
export function assertLedger(): Promise<void> {
  checked ??= (async () => {
    const file = `${site.contentDir}/commitments.yaml`;
    const log = await contentLog();
    if (log.unavailable) {
      const { what, fix } = unavailableMessage(log.unavailable, site.contentDir);
      if (log.unavailable === 'shallow' || site.requireHistory) throw new AstroError(`Promise ledger: ${what}.`, fix);
      console.warn(`[promise ledger] ${what}. ${fix}.`);
      return;
    }
    const problems = checkLedger(await commitmentVersions(), new Date(site.ledgerStart));
    if (problems.length === 0) return;
    const lines = problems.map((p) => {
      const { what, fix } = explainLedgerProblem(p, file);
      return `${file}  ${p.commitment}.${p.field === '(removed)' ? '(removed)' : p.field}  ${what}. Fix: ${fix}.`;
    });
    throw new AstroError(
      `Promise ledger: ${problems.length} published promise${problems.length === 1 ? ' was' : 's were'} changed without a record.\n${lines.join('\n')}`,
      'A published commitment keeps its title, summary, promised and due date: a new due date is announced in a post (a status update with due: and reason:). Run npm run check for the same list.',
    );
  })();
  return checked;
}
