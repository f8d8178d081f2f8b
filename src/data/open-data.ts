/**
 * The records behind the trust pages and the open data files (/data/*.json, *.csv): one
 * shape, built once per build, so that what a page shows and what a file says cannot
 * drift apart. Only published posts contribute (through getPosts/getTrackedCommitments).
 * A moment is a Date (the files write it as ISO 8601 in UTC, JSON through Date's toJSON);
 * a calendar day is its YYYY-MM-DD text. How pages show them is in shown-dates.ts.
 */
import { getCollection } from 'astro:content';
import { site } from '../site.config';
import type { DerivedStatus } from '../lib/commitment-status';
import { addMinutes, dayInZone, daysBetween } from '../lib/dates';
import type { FindingStatus, Severity } from '../lib/findings';
import type { ReportedStatus } from '../lib/vocabulary';
import { getTrackedCommitments } from './commitments';
import { getPosts, now } from './posts';
import { routes, siteUrl } from './site-links';

/**
 * The calendar day (YYYY-MM-DD) of a date field: as written for a date-only value (stored
 * as midnight UTC), else the day in the site's time zone.
 */
export function day(date: Date): string {
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
  return dayInZone(date, utcMidnight ? 'UTC' : site.timeZone);
}

/** A post that is evidence for something. */
export interface SourceRecord {
  /** Title of the post. */
  title: string;
  /** Site path of the post (without base). */
  path: string;
  /** Absolute URL of the post. */
  url: string;
}

/** One dated status update of a commitment. */
export interface StatusUpdateRecord {
  /** When the post carrying the update was published. */
  date: Date;
  /** The reported status. */
  status: ReportedStatus;
  /** The evidence sentence. */
  note: string;
  /** The post that reported it. */
  source: SourceRecord;
}

/** One announced change of a commitment's due day. */
export interface DueRevisionRecord {
  /** When the post announcing it was published, or the webinar started. */
  announced: Date;
  /** Due day before (YYYY-MM-DD). */
  from: string;
  /** Due day after (YYYY-MM-DD). */
  to: string;
  /** Days moved (positive: later). */
  days: number;
  /** Why, in the post's words. */
  reason: string;
  /** The post that announced it. */
  source: SourceRecord;
}

/** The record of a commitment's withdrawal. */
export interface WithdrawalRecord {
  /** When the post announcing it was published. */
  announced: Date;
  /** Why, in the post's words. */
  reason: string;
  /** The post that announced it. */
  source: SourceRecord;
}

/** A source record for a post path and title. */
function source(title: string, path: string): SourceRecord {
  return { title, path, url: siteUrl(path) };
}

/** A commitment of the plan with its derived state. */
export interface CommitmentRecord {
  /** Stable id. */
  id: string;
  /** The promise in a few words. */
  title: string;
  /** What exactly was promised. */
  summary: string;
  /** Part of the plan. */
  category: string;
  /** The accountable person. */
  owner: { id: string; name: string };
  /** Day it was promised (YYYY-MM-DD). */
  promised: string;
  /** Day it is due now (YYYY-MM-DD): the original, or the latest announced revision. */
  due: string;
  /** Day of the plan on which it is due now. */
  dueDay: number;
  /** Day it was due as first promised (YYYY-MM-DD); never changes. */
  originalDue: string;
  /** Every announced change of the due day, oldest first. */
  dueRevisions: DueRevisionRecord[];
  /** true when it was done after the original due day, or is still not done after it. */
  pastOriginalDue: boolean;
  /** The withdrawal record, or null. */
  withdrawn: WithdrawalRecord | null;
  /** Derived status at build time, including "overdue". */
  status: DerivedStatus;
  /** Latest status reported by a post, before the overdue rule. */
  reportedStatus: ReportedStatus;
  /** When it was reported done, or null. */
  doneOn: Date | null;
  /** True when it was done after its due day. */
  late: boolean;
  /** The latest update, or null. */
  lastUpdate: StatusUpdateRecord | null;
  /** Absolute URL of its tracker page. */
  url: string;
  /** Every update, oldest first. */
  history: StatusUpdateRecord[];
}

/** Commitments with derived status and history, soonest due first. */
export async function commitmentRecords(): Promise<CommitmentRecord[]> {
  const [tracked, people] = await Promise.all([getTrackedCommitments(), getCollection('people')]);
  const names = new Map(people.map((p) => [p.id, p.data.name]));
  const ordered = [...tracked].sort((a, b) => a.state.dues.current.localeCompare(b.state.dues.current) || a.entry.id.localeCompare(b.entry.id));
  return ordered.map(({ entry, state }) => {
    const d = entry.data;
    const update = (e: (typeof state.history)[number]): StatusUpdateRecord => ({
      date: e.date,
      status: e.status,
      note: e.note,
      source: { title: e.sourceTitle, path: e.sourcePath, url: siteUrl(e.sourcePath) },
    });
    return {
      id: entry.id,
      title: d.title,
      summary: d.summary,
      category: d.category,
      owner: { id: d.owner, name: names.get(d.owner) ?? d.owner },
      promised: day(d.promised),
      due: state.dues.current,
      dueDay: daysBetween(site.planStart, state.dues.current) + 1,
      originalDue: state.dues.original,
      dueRevisions: state.dues.revisions.map((r) => ({
        announced: r.announced,
        from: r.from,
        to: r.to,
        days: r.days,
        reason: r.reason,
        source: source(r.sourceTitle, r.sourcePath),
      })),
      pastOriginalDue: state.pastOriginal,
      withdrawn: state.dues.withdrawal
        ? {
            announced: state.dues.withdrawal.announced,
            reason: state.dues.withdrawal.reason,
            source: source(state.dues.withdrawal.sourceTitle, state.dues.withdrawal.sourcePath),
          }
        : null,
      status: state.status,
      reportedStatus: state.reported,
      doneOn: state.doneOn ?? null,
      late: state.late,
      lastUpdate: state.lastUpdate ? update(state.lastUpdate) : null,
      url: siteUrl(routes.commitment(entry.id)),
      history: state.history.map(update),
    };
  });
}

/** A change to a region, announced by a published routing disclosure. */
export interface RegionChangeRecord {
  /** When the change takes effect. */
  effective: Date;
  /** added, removed or changed. */
  change: 'added' | 'removed' | 'changed';
  /** What changed. */
  description: string;
  /** The disclosure. */
  source: SourceRecord;
}

/** A region where customer data is processed. */
export interface RegionRecord {
  /** Stable id. */
  id: string;
  /** Region name. */
  name: string;
  /** Country or area. */
  location: string;
  /** Data centers in the region. */
  dataCenters: string[];
  /** Kinds of data processed there. */
  dataKinds: string[];
  /** Routed here by default. */
  default: boolean;
  /** Customers can opt out. */
  optOut: boolean;
  /** Since when (YYYY-MM-DD). */
  since: string;
  /** Still in use. */
  active: boolean;
  /** Longitude, degrees east. */
  longitude: number;
  /** Latitude, degrees north. */
  latitude: number;
  /** Changes announced for this region, newest first. */
  changes: RegionChangeRecord[];
}

/** Regions in regions.yaml order, each with the published changes that concern it. */
export async function regionRecords(): Promise<RegionRecord[]> {
  const [regions, disclosures] = await Promise.all([getCollection('regions'), getPosts('routing')]);
  const changes = disclosures
    .flatMap((post) =>
      post.entry.data.changes.map((c) => ({
        region: c.region,
        record: {
          effective: post.entry.data.effective,
          change: c.change,
          description: c.description,
          source: { title: post.entry.data.title, path: post.path, url: siteUrl(post.path) },
        } satisfies RegionChangeRecord,
      })),
    )
    .sort((a, b) => b.record.effective.getTime() - a.record.effective.getTime() || a.record.source.path.localeCompare(b.record.source.path));
  return regions.map(({ id, data }) => ({
    id,
    name: data.name,
    location: data.location,
    dataCenters: data.dataCenters,
    dataKinds: data.dataKinds,
    default: data.default,
    optOut: data.optOut,
    since: day(data.since),
    active: data.active,
    longitude: data.coordinates[0],
    latitude: data.coordinates[1],
    changes: changes.filter((c) => c.region === id).map((c) => c.record),
  }));
}

/** One audit finding. */
export interface FindingRecord {
  /** The auditor's reference. */
  id: string;
  /** What was found. */
  title: string;
  /** Severity. */
  severity: Severity;
  /** Remediation status. */
  status: FindingStatus;
  /** When the status was set. */
  statusDate: Date;
  /** Commitment the fix belongs to, or null. */
  commitment: string | null;
}

/** A published audit with its findings. */
export interface AuditRecord {
  /** Slug of the audit post. */
  slug: string;
  /** Title of the post. */
  title: string;
  /** Absolute URL of the post. */
  url: string;
  /** Site path of the post. */
  path: string;
  /** When the results were published. */
  published: Date;
  /** Who audited. */
  auditor: string;
  /** What was examined. */
  scope: string;
  /** First day examined (YYYY-MM-DD). */
  periodStart: string;
  /** Last day examined (YYYY-MM-DD). */
  periodEnd: string;
  /** Absolute URL of the full report. */
  report: string;
  /** The findings. */
  findings: FindingRecord[];
}

/** Published audits, newest first. */
export async function auditRecords(): Promise<AuditRecord[]> {
  return (await getPosts('audits')).map((post) => {
    const d = post.entry.data;
    return {
      slug: post.slug,
      title: d.title,
      url: siteUrl(post.path),
      path: post.path,
      published: d.published,
      auditor: d.auditor,
      scope: d.scope,
      periodStart: day(d.periodStart),
      periodEnd: day(d.periodEnd),
      report: siteUrl(d.report),
      findings: d.findings.map((f) => ({
        id: f.id,
        title: f.title,
        severity: f.severity,
        status: f.status,
        statusDate: f.statusDate,
        commitment: f.commitment ?? null,
      })),
    };
  });
}

/** A question asked in a webinar. */
export interface QuestionRecord {
  /** The question. */
  question: string;
  /** Who asked, or null. */
  askedBy: string | null;
  /** The answer in short. */
  answer: string;
  /** Commitment it touched, or null. */
  commitment: string | null;
  /** Absolute URL of the answer on the webinar page. */
  url: string;
}

/** A published webinar announcement or recap. */
export interface WebinarRecord {
  /** Slug of the post. */
  slug: string;
  /** Title. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Site path of the page. */
  path: string;
  /** "upcoming" until it ends, then "past". */
  state: 'upcoming' | 'past';
  /** Start. */
  start: Date;
  /** End. */
  end: Date;
  /** IANA time zone it is announced in. */
  timeZone: string;
  /** Length in minutes. */
  durationMinutes: number;
  /** Presenters. */
  presenters: { id: string; name: string }[];
  /** Where to register or join, or null. */
  joinUrl: string | null;
  /** Where to watch it, or null. */
  recordingUrl: string | null;
  /** Absolute URL of its calendar file. */
  calendar: string;
  /** Earlier start times when it was moved. */
  previousStarts: Date[];
  /** Questions asked and answered. */
  questions: QuestionRecord[];
}

/** Published webinars, soonest or newest start first within each state: upcoming (earliest first), then past (latest first). */
export async function webinarRecords(): Promise<WebinarRecord[]> {
  const [posts, people] = await Promise.all([getPosts('webinars'), getCollection('people')]);
  const names = new Map(people.map((p) => [p.id, p.data.name]));
  const records = posts.map((post): WebinarRecord => {
    const d = post.entry.data;
    const end = addMinutes(d.start, d.duration);
    return {
      slug: post.slug,
      title: d.title,
      url: siteUrl(post.path),
      path: post.path,
      state: end.getTime() > now.getTime() ? 'upcoming' : 'past',
      start: d.start,
      end,
      timeZone: d.timeZone,
      durationMinutes: d.duration,
      presenters: d.presenters.map((id) => ({ id, name: names.get(id) ?? id })),
      joinUrl: d.joinUrl ?? null,
      recordingUrl: d.recordingUrl ?? null,
      calendar: siteUrl(routes.webinarCalendar(post.slug)),
      previousStarts: d.previousStarts,
      questions: d.questions.map((q, i) => ({
        question: q.question,
        askedBy: q.askedBy ?? null,
        answer: q.answer,
        commitment: q.commitment ?? null,
        url: siteUrl(`${post.path}#question-${i + 1}`),
      })),
    };
  });
  const upcoming = records.filter((r) => r.state === 'upcoming').sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = records.filter((r) => r.state === 'past').sort((a, b) => b.start.getTime() - a.start.getTime());
  return [...upcoming, ...past];
}
