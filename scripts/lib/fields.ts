/**
 * What each frontmatter field of a post is for, in the comms team's words: used by the
 * scaffolder for its comments and by the check for "how to fix". The schemas themselves
 * are in src/content.config.ts (the contract); this is the plain-language help for them.
 */
import type { PostKind } from '../../src/lib/vocabulary.ts';

/** Help for one field. */
export interface FieldHelp {
  /** What the field holds, in one sentence. */
  help: string;
  /** An example line, as it would appear in the frontmatter. */
  example: string;
}

/** Help for every field any post may carry (top-level and inside lists). */
export const FIELD_HELP: Record<string, FieldHelp> = {
  title: { help: 'The headline.', example: 'title: "Week 14: encryption ships"' },
  summary: {
    help: 'One or two sentences shown in lists, feeds and search results (at most 400 characters).',
    example: 'summary: "Encryption is now on for every meeting."',
  },
  published: {
    help: 'When the post goes live, an ISO 8601 date or date-time with its offset; a future time schedules it.',
    example: 'published: 2026-12-04T10:00:00-08:00',
  },
  updated: {
    help: 'When the post was last materially changed (on or after "published").',
    example: 'updated: 2026-12-05T09:00:00-08:00',
  },
  author: { help: 'Who signs the post: an id from content/people.yaml.', example: 'author: maya-okafor' },
  tags: { help: 'Topic words, lowercase with hyphens.', example: 'tags: [encryption, safer-defaults]' },
  draft: { help: 'true keeps the post out of the published site while you work on it.', example: 'draft: false' },
  corrections: {
    help: 'Visible corrections: a list of { date, text }.',
    example: 'corrections:\n  - date: 2026-12-05\n    text: "We first wrote 40; the right number is 34."',
  },
  date: { help: 'When the correction was made (ISO 8601).', example: 'date: 2026-12-05' },
  text: { help: 'What was wrong and what is right now.', example: 'text: "We first wrote 40; the right number is 34."' },
  week: { help: 'The week of the plan this update covers (a number).', example: 'week: 14' },
  updates: {
    help: 'Status reports on the commitments this post touches: a list of { commitment, status, note }.',
    example: 'updates:\n  - commitment: e2ee\n    status: in-progress\n    note: "Rolled out to 10% of accounts."',
  },
  commitment: { help: 'An id from content/commitments.yaml.', example: 'commitment: e2ee' },
  status: {
    help: 'For a commitment: not-started, in-progress, blocked or done. For an audit finding: open, in-progress, fixed or accepted-risk.',
    example: 'status: in-progress',
  },
  note: { help: 'One or two sentences of evidence for the status.', example: 'note: "Rolled out to every account."' },
  reason: { help: 'Why the due date moved or the commitment is withdrawn (with due: or withdrawn: true).', example: 'reason: "The outside re-review runs until 11 December."' },
  withdrawn: { help: 'true when this post withdraws the commitment; needs reason:.', example: 'withdrawn: true' },
  start: { help: 'When the webinar starts, with its offset.', example: 'start: 2026-12-03T09:00:00-08:00' },
  timeZone: { help: 'The IANA time zone the webinar is announced in.', example: 'timeZone: America/Los_Angeles' },
  duration: { help: 'Length of the webinar in minutes (a number).', example: 'duration: 60' },
  presenters: { help: 'Ids of the presenters from content/people.yaml.', example: 'presenters: [maya-okafor, daniel-reyes]' },
  joinUrl: { help: 'Where to register or join, a full https:// address.', example: 'joinUrl: https://video.example/join/14' },
  recordingUrl: { help: 'Where to watch the recording, a full https:// address.', example: 'recordingUrl: https://video.example/rec/14' },
  previousStarts: { help: 'Earlier start times when the webinar was moved, oldest first.', example: 'previousStarts: [2026-12-02T09:00:00-08:00]' },
  questions: {
    help: 'Questions asked during the webinar: a list of { question, answer, askedBy?, commitment? }.',
    example: 'questions:\n  - question: "When does encryption ship?"\n    answer: "In December."',
  },
  question: { help: 'The question as asked.', example: 'question: "When does encryption ship?"' },
  answer: { help: 'The answer given, in short.', example: 'answer: "In December."' },
  askedBy: { help: 'Who asked, if they agreed to be named.', example: 'askedBy: "An admin in Berlin"' },
  effective: { help: 'When the routing change takes effect (ISO 8601).', example: 'effective: 2026-12-01' },
  changes: {
    help: 'The regions this disclosure adds, removes or changes: a list of { region, change, description }.',
    example: 'changes:\n  - region: eu-central\n    change: added\n    description: "EU meetings stay in the EU."',
  },
  region: { help: 'An id from content/regions.yaml.', example: 'region: eu-central' },
  change: { help: 'What happens to the region: added, removed or changed.', example: 'change: added' },
  description: { help: 'What changes, in plain words.', example: 'description: "EU meetings stay in the EU."' },
  auditor: { help: 'The independent firm or person that did the audit.', example: 'auditor: Northgate Security' },
  scope: { help: 'What was examined.', example: 'scope: "Web, desktop and mobile clients"' },
  periodStart: { help: 'First day of the audit (ISO 8601).', example: 'periodStart: 2026-10-05' },
  periodEnd: { help: 'Last day of the audit (ISO 8601).', example: 'periodEnd: 2026-11-06' },
  report: {
    help: 'Site address of the report PDF, kept beside the post in a folder named like the post file.',
    example: 'report: /audits/2026-11-appsec-audit/report.pdf',
  },
  findings: {
    help: 'What the auditor found: a list of { id, title, severity, status, statusDate, commitment? }.',
    example:
      'findings:\n  - id: BW-01\n    title: "Meeting IDs guessable"\n    severity: high\n    status: fixed\n    statusDate: 2026-11-20',
  },
  id: { help: "The auditor's reference for the finding.", example: 'id: BW-01' },
  severity: { help: 'critical, high, medium, low or informational.', example: 'severity: high' },
  statusDate: { help: 'When the finding status was last set (ISO 8601).', example: 'statusDate: 2026-11-20' },
  audience: { help: 'Who the guide is for: everyone, admins or developers.', example: 'audience: everyone' },
};

/** Fields every post carries, whatever its kind. */
const COMMON_FIELDS = ['title', 'summary', 'published', 'updated', 'author', 'tags', 'draft', 'corrections'];

/** The top-level frontmatter fields each kind of post accepts (used to suggest a spelling). */
export const KIND_FIELDS: Record<PostKind, string[]> = {
  statements: COMMON_FIELDS,
  progress: [...COMMON_FIELDS, 'week', 'updates'],
  webinars: [
    ...COMMON_FIELDS,
    'start',
    'timeZone',
    'duration',
    'presenters',
    'joinUrl',
    'recordingUrl',
    'previousStarts',
    'questions',
    'updates',
  ],
  routing: [...COMMON_FIELDS, 'effective', 'changes'],
  audits: [...COMMON_FIELDS, 'auditor', 'scope', 'periodStart', 'periodEnd', 'report', 'findings'],
  guides: [...COMMON_FIELDS, 'audience'],
};

/** Fields of the items of list fields, by list name (used to suggest a spelling inside lists). */
export const ITEM_FIELDS: Record<string, string[]> = {
  updates: ['commitment', 'status', 'note', 'due', 'reason', 'withdrawn'],
  corrections: ['date', 'text'],
  questions: ['question', 'askedBy', 'answer', 'commitment'],
  changes: ['region', 'change', 'description'],
  findings: ['id', 'title', 'severity', 'status', 'statusDate', 'commitment'],
};

/** Help for the last named segment of a dotted path ("updates.0.status" → status), if any. */
export function helpFor(path: string): FieldHelp | undefined {
  const name = path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .at(-1);
  return name ? FIELD_HELP[name] : undefined;
}

/** The fields of the entries of the YAML data files, by file stem (used to suggest a spelling). */
export const DATA_FIELDS: Record<string, string[]> = {
  commitments: ['id', 'title', 'summary', 'promised', 'due', 'owner', 'category'],
  regions: ['id', 'name', 'location', 'dataCenters', 'dataKinds', 'default', 'optOut', 'since', 'coordinates', 'active'],
  people: ['id', 'name', 'title', 'affiliation', 'roles', 'bio'],
};
