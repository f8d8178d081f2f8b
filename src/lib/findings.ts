/** Tallies of audit findings by severity and remediation status. */
import { FINDING_SEVERITIES, FINDING_STATUSES } from './vocabulary';

/** A finding's severity. */
export type Severity = (typeof FINDING_SEVERITIES)[number];
/** A finding's remediation status. */
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Counts per severity, then per status within it. */
export type FindingTally = Record<Severity, Record<FindingStatus, number>>;

/** Counts findings by severity and status; every severity and status appears, zeros included. */
export function tallyFindings(findings: readonly { severity: Severity; status: FindingStatus }[]): FindingTally {
  const tally = Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, Object.fromEntries(FINDING_STATUSES.map((st) => [st, 0]))])) as FindingTally;
  for (const f of findings) tally[f.severity][f.status] += 1;
  return tally;
}

/** Total findings of one severity across statuses. */
export function severityTotal(tally: FindingTally, severity: Severity): number {
  return Object.values(tally[severity]).reduce((sum, n) => sum + n, 0);
}
