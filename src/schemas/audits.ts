/** Audit and review results, each with its report PDF beside the post. */
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_SEVERITIES, FINDING_STATUSES } from '../lib/vocabulary.ts';
import { field } from './meta.ts';
import { postSchema } from './post.ts';
import { commitmentRef, type ContentRefs } from './refs.ts';
import { dateTime, oneOf, problem } from './values.ts';

/** One finding of an audit. */
function finding(refs: ContentRefs) {
  return z.strictObject({
    /** The auditor's reference for the finding, e.g. "BW-03". */
    id: field(z.string().min(1), { description: "The auditor's reference for the finding.", example: 'BW-01' }),
    /** What was found, in one line. */
    title: field(z.string().min(1), { description: 'What was found, in one line.', example: '"Meeting IDs guessable"' }),
    /** How severe the auditor rated it. */
    severity: field(oneOf(FINDING_SEVERITIES, 'finding severity'), {
      description: 'How severe the auditor rated it.',
      example: 'high',
    }),
    /** Where remediation stands. */
    status: field(oneOf(FINDING_STATUSES, 'finding status'), {
      description: 'Where the fix stands.',
      example: 'fixed',
    }),
    /** When the status was last set. */
    statusDate: field(dateTime, { description: 'When the finding status was last set (ISO 8601).', example: '2026-11-20' }),
    /** Id of the commitment the fix belongs to. */
    commitment: field(commitmentRef(refs).optional(), {
      description: `The commitment the fix belongs to: an id from ${refs.contentDir}/commitments.yaml.`,
      example: 'e2ee',
    }),
  });
}

/** The site address of the report, a file beside the post (lib/attachments.ts): /audits/<post>/<file>.pdf. */
function report(refs: ContentRefs) {
  return z
    .string()
    .regex(/^\/audits\/[^/\s]+\/[^/\s]+$/, 'must be the address of a file beside the post, e.g. /audits/2026-11-appsec-audit/report.pdf')
    .superRefine((path, ctx) => {
      if (!existsSync(join(refs.contentDir, path))) {
        problem(
          ctx,
          `"${path}" is not a file in ${refs.contentDir}/`,
          `Put the report at ${refs.contentDir}${path} (in the folder named like the post, beside it) or fix the path.`,
        );
      }
    });
}

/** The schema of an audit. */
export function auditsSchema(refs: ContentRefs) {
  return postSchema(refs, {
    /** The independent firm or person that performed the audit. */
    auditor: field(z.string().min(1), { description: 'The independent firm or person that did the audit.', example: 'Northgate Security' }),
    /** What was examined. */
    scope: field(z.string().min(1), { description: 'What was examined.', example: '"Web, desktop and mobile clients"' }),
    /** First day of the audit period. */
    periodStart: field(dateTime, { description: 'First day of the audit (ISO 8601).', example: '2026-10-05' }),
    /** Last day of the audit period. */
    periodEnd: field(dateTime, { description: 'Last day of the audit (ISO 8601).', example: '2026-11-06' }),
    /** Site address of the report PDF, kept beside the post. */
    report: field(report(refs), {
      description: 'Site address of the report PDF, kept beside the post in a folder named like the post file.',
      example: '/audits/2026-11-appsec-audit/2026-northgate-appsec.pdf',
    }),
    /** What the auditor found. */
    findings: field(z.array(finding(refs)).default([]), {
      description: 'What the auditor found: a list of { id, title, severity, status, statusDate, commitment? }.',
      example: '\n  - id: BW-01\n    title: "Meeting IDs guessable"\n    severity: high\n    status: fixed\n    statusDate: 2026-11-20',
    }),
  });
}
