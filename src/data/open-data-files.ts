/**
 * The catalog of open data files: each file's stable path, what it holds, its fields, and
 * how its content is made. The route src/pages/data/[file].ts and the /data/ page both read
 * this list, so the documentation cannot fall behind the files.
 */
import { objectsToCsv, type CsvValue } from '../lib/csv';
import {
  auditRecords,
  commitmentRecords,
  regionRecords,
  webinarRecords,
  type AuditRecord,
  type CommitmentRecord,
  type DueRevisionRecord,
  type FindingRecord,
  type RegionRecord,
  type StatusUpdateRecord,
  type WebinarRecord,
} from './open-data';
import { routes } from './site-links';
import { COMMITMENT_CATEGORIES, COMMITMENT_STATUSES, FINDING_SEVERITIES, FINDING_STATUSES, ROUTING_CHANGE_TYPES } from '../lib/vocabulary';
import { orList } from '../lib/word-list';
import type { DerivedStatus } from '../lib/commitment-status';

// The allowed values, from the lists the content schemas check against (src/lib/vocabulary.ts).
const REPORTED = orList(COMMITMENT_STATUSES);
const DERIVED = orList([...COMMITMENT_STATUSES, 'overdue'] satisfies DerivedStatus[]);
const CATEGORIES = orList(COMMITMENT_CATEGORIES);
const SEVERITIES = orList(FINDING_SEVERITIES);
const FINDING_STATES = orList(FINDING_STATUSES);
const CHANGE_TYPES = orList(ROUTING_CHANGE_TYPES);

/** A documented field: its name as it appears in the file, and what it means. */
export type FieldDoc = readonly [name: string, meaning: string];

/** One open data file. */
export interface DataFile {
  /** Stable site path, e.g. /data/commitments.json. */
  path: string;
  /** json or csv. */
  format: 'json' | 'csv';
  /** What one record (JSON array item or CSV row) stands for. */
  description: string;
  /** Every field, in file order (dotted names for nested JSON fields, [] for list items). */
  fields: readonly FieldDoc[];
  /** Builds the file's text. */
  render: () => Promise<string>;
}

/** A CSV column: its header and how to read it from a record. */
type Column<T> = readonly [string, (item: T) => CsvValue, string];

/** Pretty-printed JSON with a final newline. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Lists inside one CSV cell are joined with "; ". */
const list = (items: readonly string[]) => items.join('; ');

/** A moment in a CSV cell: ISO 8601 in UTC, as JSON writes it; empty when there is none. */
const iso = (date: Date | null | undefined) => date?.toISOString();

const updateFields = (prefix: string): FieldDoc[] => [
  [`${prefix}.date`, 'When the post carrying the update was published, or the webinar started (ISO 8601, UTC).'],
  [`${prefix}.status`, `The status the post reported: ${REPORTED}.`],
  [`${prefix}.note`, 'The sentence of evidence given with the status.'],
  [`${prefix}.source.title`, 'Title of the post that reported it.'],
  [`${prefix}.source.path`, 'Site path of that post.'],
  [`${prefix}.source.url`, 'Absolute URL of that post.'],
];

const commitmentColumns: Column<CommitmentRecord>[] = [
  ['id', (c) => c.id, 'Stable id of the commitment (used in URLs and feeds).'],
  ['title', (c) => c.title, 'The promise in a few words.'],
  ['category', (c) => c.category, `Part of the plan: ${CATEGORIES}.`],
  ['owner_id', (c) => c.owner.id, 'Id of the accountable person.'],
  ['owner_name', (c) => c.owner.name, 'Name of the accountable person.'],
  ['promised', (c) => c.promised, 'Day the promise was made (YYYY-MM-DD).'],
  [
    'due',
    (c) => c.due,
    'Day it is due now (YYYY-MM-DD): the original, or the latest announced revision; done any time that day, in the company’s time zone, is on time.',
  ],
  ['due_day', (c) => c.dueDay, 'The current due day as a day of the plan (day 1 is the first day).'],
  ['original_due', (c) => c.originalDue, 'Day it was due as first promised (YYYY-MM-DD); never changes.'],
  ['due_revisions', (c) => c.dueRevisions.length, 'Number of announced changes of the due day (see due-revisions.csv).'],
  ['past_original_due', (c) => c.pastOriginalDue, 'true when it was done after the original due day, or is still not done after it.'],
  ['withdrawn_on', (c) => iso(c.withdrawn?.announced), 'When its withdrawal was announced (ISO 8601), empty if not withdrawn.'],
  ['status', (c) => c.status, `Derived status at build time: ${DERIVED}.`],
  ['reported_status', (c) => c.reportedStatus, 'Latest status reported by a post, before the overdue rule.'],
  ['done_on', (c) => iso(c.doneOn), 'When it was first reported done (ISO 8601), empty if not done.'],
  ['late', (c) => c.late, 'true when it was done after its due day.'],
  ['last_update', (c) => iso(c.lastUpdate?.date), 'When its latest update was published (ISO 8601), empty if none.'],
  ['last_update_url', (c) => c.lastUpdate?.source.url, 'Absolute URL of the post with the latest update.'],
  ['updates', (c) => c.history.length, 'Number of status updates so far.'],
  ['url', (c) => c.url, 'Absolute URL of the commitment’s tracker page.'],
];

/** A due-date revision with its commitment, for the revisions table. */
type RevisionRow = DueRevisionRecord & { commitment: string };

const revisionColumns: Column<RevisionRow>[] = [
  ['commitment', (r) => r.commitment, 'Id of the commitment.'],
  ['announced', (r) => iso(r.announced), 'When the post announcing the new date was published, or the webinar started (ISO 8601, UTC).'],
  ['from', (r) => r.from, 'Due day before the revision (YYYY-MM-DD).'],
  ['to', (r) => r.to, 'Due day after the revision (YYYY-MM-DD).'],
  ['days', (r) => r.days, 'Days the date moved: positive when it slipped, negative when it moved earlier.'],
  ['reason', (r) => r.reason, 'Why, in the words of the post.'],
  ['source_title', (r) => r.source.title, 'Title of the post that announced it.'],
  ['source_url', (r) => r.source.url, 'Absolute URL of that post.'],
];

/** Every revision of every commitment, by commitment (soonest due first), then oldest first. */
async function revisionRows(): Promise<RevisionRow[]> {
  return (await commitmentRecords()).flatMap((c) => c.dueRevisions.map((r) => ({ commitment: c.id, ...r })));
}

/** A status update with its commitment, for the history CSV. */
type HistoryRow = StatusUpdateRecord & { commitment: string };

const historyColumns: Column<HistoryRow>[] = [
  ['commitment', (r) => r.commitment, 'Id of the commitment.'],
  ['date', (r) => iso(r.date), 'When the post carrying the update was published, or the webinar started (ISO 8601, UTC).'],
  ['status', (r) => r.status, `The status reported: ${REPORTED}.`],
  ['note', (r) => r.note, 'The sentence of evidence given with the status.'],
  ['source_title', (r) => r.source.title, 'Title of the post that reported it.'],
  ['source_url', (r) => r.source.url, 'Absolute URL of that post.'],
];

const regionColumns: Column<RegionRecord>[] = [
  ['id', (r) => r.id, 'Stable id of the region.'],
  ['name', (r) => r.name, 'Region name.'],
  ['location', (r) => r.location, 'Country or area.'],
  ['data_centers', (r) => list(r.dataCenters), 'Data centers in the region, separated by "; ".'],
  ['data_kinds', (r) => list(r.dataKinds), 'Kinds of data processed there, separated by "; ".'],
  ['default', (r) => r.default, 'true when traffic is routed there unless an admin chooses otherwise.'],
  ['opt_out', (r) => r.optOut, 'true when an admin can exclude the region.'],
  ['since', (r) => r.since, 'Day data was first processed there (YYYY-MM-DD).'],
  ['active', (r) => r.active, 'false once the region is retired.'],
  ['longitude', (r) => r.longitude, 'Longitude in degrees east.'],
  ['latitude', (r) => r.latitude, 'Latitude in degrees north.'],
  ['changes', (r) => r.changes.length, 'Number of published changes that concern the region.'],
];

/** A finding with its audit, for the findings CSV. */
type FindingRow = FindingRecord & { audit: AuditRecord };

const findingColumns: Column<FindingRow>[] = [
  ['audit', (f) => f.audit.slug, 'Slug of the audit post.'],
  ['auditor', (f) => f.audit.auditor, 'Who performed the audit.'],
  ['finding_id', (f) => f.id, 'The auditor’s reference for the finding.'],
  ['title', (f) => f.title, 'What was found.'],
  ['severity', (f) => f.severity, `${SEVERITIES}.`],
  ['status', (f) => f.status, `Remediation: ${FINDING_STATES}.`],
  ['status_date', (f) => iso(f.statusDate), 'When the status was last set (ISO 8601).'],
  ['commitment', (f) => f.commitment, 'Id of the commitment the fix belongs to, empty if none.'],
  ['audit_url', (f) => f.audit.url, 'Absolute URL of the audit post.'],
];

const webinarColumns: Column<WebinarRecord>[] = [
  ['slug', (w) => w.slug, 'Slug of the webinar post.'],
  ['title', (w) => w.title, 'Title.'],
  ['state', (w) => w.state, 'upcoming until the webinar ends, then past.'],
  ['start', (w) => iso(w.start), 'Start (ISO 8601, UTC).'],
  ['end', (w) => iso(w.end), 'End (ISO 8601, UTC).'],
  ['time_zone', (w) => w.timeZone, 'IANA time zone the webinar is announced in.'],
  ['duration_minutes', (w) => w.durationMinutes, 'Length in minutes.'],
  ['presenters', (w) => list(w.presenters.map((p) => p.name)), 'Presenters’ names, separated by "; ".'],
  ['join_url', (w) => w.joinUrl, 'Where to register or join, empty if none.'],
  ['recording_url', (w) => w.recordingUrl, 'Where to watch the recording, empty if none.'],
  ['calendar', (w) => w.calendar, 'Absolute URL of its calendar file (.ics).'],
  ['questions', (w) => w.questions.length, 'Number of questions answered.'],
  ['url', (w) => w.url, 'Absolute URL of the webinar page.'],
];

/** Column docs of a CSV file. */
const docs = <T>(columns: readonly Column<T>[]): FieldDoc[] => columns.map(([name, , meaning]) => [name, meaning]);
/** A CSV renderer from columns. */
const csv = <T>(columns: readonly Column<T>[], items: readonly T[]) =>
  objectsToCsv(
    columns.map(([name, get]) => [name, get] as const),
    items,
  );

/** Every open data file, in the order the /data/ page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    path: routes.dataFile('commitments.json'),
    format: 'json',
    description: 'The commitments of the plan, soonest due first, each with its derived status and every status update that led to it.',
    fields: [
      ['id', 'Stable id of the commitment.'],
      ['title', 'The promise in a few words.'],
      ['summary', 'What exactly was promised.'],
      ['category', `Part of the plan: ${CATEGORIES}.`],
      ['owner.id', 'Id of the accountable person.'],
      ['owner.name', 'Name of the accountable person.'],
      ['promised', 'Day the promise was made (YYYY-MM-DD).'],
      ['due', 'Day it is due now (YYYY-MM-DD): the original, or the latest announced revision.'],
      ['dueDay', 'The current due day as a day of the plan.'],
      ['originalDue', 'Day it was due as first promised (YYYY-MM-DD); never changes.'],
      ['dueRevisions[]', 'Every announced change of the due day, oldest first.'],
      ['dueRevisions[].announced', 'When the post announcing it was published, or the webinar started (ISO 8601, UTC).'],
      ['dueRevisions[].from', 'Due day before (YYYY-MM-DD).'],
      ['dueRevisions[].to', 'Due day after (YYYY-MM-DD).'],
      ['dueRevisions[].days', 'Days moved: positive when it slipped.'],
      ['dueRevisions[].reason', 'Why, in the words of the post.'],
      ['dueRevisions[].source.title', 'Title of the post that announced it.'],
      ['dueRevisions[].source.path', 'Site path of that post.'],
      ['dueRevisions[].source.url', 'Absolute URL of that post.'],
      ['pastOriginalDue', 'true when it was done after the original due day, or is still not done after it.'],
      ['withdrawn', 'The withdrawal (announced, reason, source as in dueRevisions[]), or null.'],
      ['status', `Derived status at build time: ${DERIVED}.`],
      ['reportedStatus', 'Latest status reported by a post, before the overdue rule.'],
      ['doneOn', 'When it was first reported done (ISO 8601), or null.'],
      ['late', 'true when it was done after its due day.'],
      ['lastUpdate', 'The latest status update (same fields as history[]), or null.'],
      ['url', 'Absolute URL of the commitment’s tracker page.'],
      ['history[]', 'Every status update, oldest first.'],
      ...updateFields('history[]'),
    ],
    render: async () => json(await commitmentRecords()),
  },
  {
    path: routes.dataFile('commitments.csv'),
    format: 'csv',
    description: 'One row per commitment, in the same order and with the same values as commitments.json, without the history.',
    fields: docs(commitmentColumns),
    render: async () => csv(commitmentColumns, await commitmentRecords()),
  },
  {
    path: routes.dataFile('status-history.csv'),
    format: 'csv',
    description: 'One row per status update of any commitment, by commitment (soonest due first), then oldest first.',
    fields: docs(historyColumns),
    render: async () =>
      csv(
        historyColumns,
        (await commitmentRecords()).flatMap((c) => c.history.map((u) => ({ ...u, commitment: c.id }))),
      ),
  },
  {
    path: routes.dataFile('due-revisions.json'),
    format: 'json',
    description: 'Every announced change of a commitment’s due date (the original stays in commitments.json as originalDue), by commitment, then oldest first.',
    fields: [
      ['commitment', 'Id of the commitment.'],
      ['announced', 'When the post announcing the new date was published, or the webinar started (ISO 8601, UTC).'],
      ['from', 'Due day before the revision (YYYY-MM-DD).'],
      ['to', 'Due day after the revision (YYYY-MM-DD).'],
      ['days', 'Days the date moved: positive when it slipped.'],
      ['reason', 'Why, in the words of the post.'],
      ['source', 'The post that announced it.'],
      ['source.title', 'Title of the post that announced it.'],
      ['source.path', 'Site path of that post.'],
      ['source.url', 'Absolute URL of that post.'],
    ],
    render: async () => json(await revisionRows()),
  },
  {
    path: routes.dataFile('due-revisions.csv'),
    format: 'csv',
    description: 'The same revisions as due-revisions.json, one row each.',
    fields: docs(revisionColumns),
    render: async () => csv(revisionColumns, await revisionRows()),
  },
  {
    path: routes.dataFile('regions.json'),
    format: 'json',
    description: 'Every region where customer data is processed or was processed, with the published changes that concern it.',
    fields: [
      ['id', 'Stable id of the region.'],
      ['name', 'Region name.'],
      ['location', 'Country or area.'],
      ['dataCenters[]', 'Data centers in the region.'],
      ['dataKinds[]', 'Kinds of data processed there.'],
      ['default', 'true when traffic is routed there unless an admin chooses otherwise.'],
      ['optOut', 'true when an admin can exclude the region.'],
      ['since', 'Day data was first processed there (YYYY-MM-DD).'],
      ['active', 'false once the region is retired.'],
      ['longitude', 'Longitude in degrees east.'],
      ['latitude', 'Latitude in degrees north.'],
      ['changes[]', 'Changes announced in data-routing disclosures, newest first.'],
      ['changes[].effective', 'When the change takes effect (ISO 8601, UTC).'],
      ['changes[].change', `${CHANGE_TYPES}.`],
      ['changes[].description', 'What changed.'],
      ['changes[].source.title', 'Title of the disclosure.'],
      ['changes[].source.path', 'Site path of the disclosure.'],
      ['changes[].source.url', 'Absolute URL of the disclosure.'],
    ],
    render: async () => json(await regionRecords()),
  },
  {
    path: routes.dataFile('regions.csv'),
    format: 'csv',
    description: 'One row per region, with the same values as regions.json, without the changes.',
    fields: docs(regionColumns),
    render: async () => csv(regionColumns, await regionRecords()),
  },
  {
    path: routes.dataFile('audits.json'),
    format: 'json',
    description: 'Every published audit, newest first, with all of its findings and their remediation status.',
    fields: [
      ['slug', 'Slug of the audit post.'],
      ['title', 'Title of the post.'],
      ['url', 'Absolute URL of the post.'],
      ['path', 'Site path of the post.'],
      ['published', 'When the results were published (ISO 8601).'],
      ['auditor', 'Who performed the audit.'],
      ['scope', 'What was examined.'],
      ['periodStart', 'First day examined (YYYY-MM-DD).'],
      ['periodEnd', 'Last day examined (YYYY-MM-DD).'],
      ['report', 'Absolute URL of the full report.'],
      ['findings[]', 'The findings, in the auditor’s order.'],
      ['findings[].id', 'The auditor’s reference for the finding.'],
      ['findings[].title', 'What was found.'],
      ['findings[].severity', `${SEVERITIES}.`],
      ['findings[].status', `Remediation: ${FINDING_STATES}.`],
      ['findings[].statusDate', 'When the status was last set (ISO 8601).'],
      ['findings[].commitment', 'Id of the commitment the fix belongs to, or null.'],
    ],
    render: async () => json(await auditRecords()),
  },
  {
    path: routes.dataFile('findings.csv'),
    format: 'csv',
    description: 'One row per audit finding, audits newest first, with the same values as audits.json.',
    fields: docs(findingColumns),
    render: async () =>
      csv(
        findingColumns,
        (await auditRecords()).flatMap((a) => a.findings.map((f) => ({ ...f, audit: a }))),
      ),
  },
  {
    path: routes.dataFile('webinars.json'),
    format: 'json',
    description: 'Every published webinar: upcoming ones first (soonest first), then past ones (latest first), with the questions answered.',
    fields: [
      ['slug', 'Slug of the webinar post.'],
      ['title', 'Title.'],
      ['url', 'Absolute URL of the webinar page.'],
      ['path', 'Site path of the webinar page.'],
      ['state', 'upcoming until the webinar ends, then past.'],
      ['start', 'Start (ISO 8601, UTC).'],
      ['end', 'End (ISO 8601, UTC).'],
      ['timeZone', 'IANA time zone the webinar is announced in.'],
      ['durationMinutes', 'Length in minutes.'],
      ['presenters[]', 'Presenters, each with id and name.'],
      ['presenters[].id', 'Id of the presenter.'],
      ['presenters[].name', 'Name of the presenter.'],
      ['joinUrl', 'Where to register or join, or null.'],
      ['recordingUrl', 'Where to watch the recording, or null.'],
      ['calendar', 'Absolute URL of its calendar file (.ics).'],
      ['previousStarts[]', 'Earlier start times when the webinar was moved (ISO 8601).'],
      ['questions[]', 'Questions asked and answered.'],
      ['questions[].question', 'The question as asked.'],
      ['questions[].askedBy', 'Who asked, or null.'],
      ['questions[].answer', 'The answer, in short.'],
      ['questions[].commitment', 'Id of the commitment the question touched, or null.'],
      ['questions[].url', 'Absolute URL of the answer on the webinar page.'],
    ],
    render: async () => json(await webinarRecords()),
  },
  {
    path: routes.dataFile('webinars.csv'),
    format: 'csv',
    description: 'One row per webinar, in the same order and with the same values as webinars.json, without the questions.',
    fields: docs(webinarColumns),
    render: async () => csv(webinarColumns, await webinarRecords()),
  },
];

/** The catalog entry for a path; throws for an unknown one (a typo in an endpoint). */
export function dataFile(path: string): DataFile {
  const file = DATA_FILES.find((f) => f.path === path);
  if (!file) throw new Error(`No open data file ${path} in src/data/open-data-files.ts.`);
  return file;
}

/** The HTTP response for a data file. */
export async function dataResponse(path: string): Promise<Response> {
  const file = dataFile(path);
  const type = file.format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8; header=present';
  return new Response(await file.render(), { headers: { 'content-type': type } });
}
