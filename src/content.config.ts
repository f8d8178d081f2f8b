/**
 * The content collections and their schemas: the one contract with the comms team.
 * Every field has a JSDoc line; every reference (author, presenter, commitment, region)
 * is checked against the YAML data files, and a bad value fails the build naming the
 * file, the field, the value and the valid values.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIsoDateTime } from './lib/iso-date';
import { assertDataFilesReadable, parseDataList, readDataList, shownPath } from './lib/data-files';
import { assertPostFiles } from './lib/post-files';
import { readIds } from './lib/reference-ids';
import { datesAsWritten, frontmatterAsWritten } from './lib/yaml-text';
import { coordinatesProblem } from './lib/coordinates';
import {
  ACTION_AUDIENCES,
  COMMITMENT_CATEGORIES,
  COMMITMENT_STATUSES,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  PERSON_ROLES,
  ROUTING_CHANGE_TYPES,
} from './lib/vocabulary';
import { site } from './site.config';

const contentDir = site.contentDir;
const planStart = new Date(`${site.planStart}T00:00:00Z`);
const commitmentIds = readIds(contentDir, 'commitments.yaml');
const regionIds = readIds(contentDir, 'regions.yaml');
const personIds = readIds(contentDir, 'people.yaml');
/** The ids posts may refer to, as one string: the posts are checked again when it changes. */
const referenceDigest = JSON.stringify([commitmentIds, regionIds, personIds]);

/** A string that must be one of the ids declared in a YAML data file. */
function reference(ids: string[], what: string, where: string) {
  return z.string().superRefine((value, ctx) => {
    if (!ids.includes(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown ${what} "${value}". Valid values: ${ids.join(', ') || '(none defined)'}. Fix the spelling, or add it to ${where}.`,
      });
    }
  });
}

/** One of a fixed list of words, with a message that lists them. */
function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid ${what}. Valid values: ${values.join(', ')}.`,
  });
}

/**
 * An ISO 8601 date or date-time with offset, checked as written (the loaders hand dates
 * over as text, so 2026-02-30 is refused rather than read as 2 March); becomes a Date.
 */
const dateTime = z
  .string({ error: 'should be a date such as 2026-09-01 or 2026-09-01T09:00:00-07:00.' })
  .transform((value, ctx) => {
    const result = readIsoDateTime(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.problem });
      return z.NEVER;
    }
    return result.date;
  });

/** A lowercase, hyphenated word used in URLs. */
const slugWord = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: (issue) =>
    `"${String(issue.input)}" is not allowed: use lowercase letters, digits and hyphens, e.g. "waiting-rooms".`,
});

/** An absolute http(s) web address. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

const personRef = reference(personIds, 'person', `${contentDir}/people.yaml`);
const commitmentRef = reference(commitmentIds, 'commitment', `${contentDir}/commitments.yaml`);
const regionRef = reference(regionIds, 'region', `${contentDir}/regions.yaml`);

/** A dated status report on one commitment, carried by progress posts and webinar recaps. */
const statusUpdate = z.strictObject({
  /** Id of the commitment in commitments.yaml. */
  commitment: commitmentRef,
  /** The commitment's status as of this post. "overdue" is never typed: it is derived. */
  status: oneOf(COMMITMENT_STATUSES, 'commitment status'),
  /** One or two sentences of evidence for the status. */
  note: z.string().min(1),
  /** A new due date announced by this post (a revision: commitments.yaml keeps the original). Needs "reason". */
  due: dateTime.optional(),
  /** True when this post withdraws the commitment (it stays listed, marked withdrawn). Needs "reason". */
  withdrawn: z.literal(true).optional(),
  /** Why the due date moved or the commitment is withdrawn, in one or two sentences. */
  reason: z.string().min(1).optional(),
}).superRefine((data, ctx) => {
  if ((data.due || data.withdrawn) && !data.reason) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: `is missing. A new due date or a withdrawal needs a reason: add reason: "…" in plain words.` });
  }
});

/** A visible correction to a published post. */
const correction = z.strictObject({
  /** When the correction was made. */
  date: dateTime,
  /** What was wrong and what is right now. */
  text: z.string().min(1),
});

/** A recommended action ("What you should do") for one audience; lib/actions.ts says when it is current. */
const action = z.strictObject({
  /** Who should do it: one of the audiences in lib/vocabulary.ts (ACTION_AUDIENCES). */
  audience: oneOf(ACTION_AUDIENCES, 'audience'),
  /** What to do, in one or two plain sentences. */
  text: z.string().min(1),
  /** When it stops being needed (after "published"); without it, it stays on the actions page. */
  until: dateTime.optional(),
});

/** Fields every post carries, whatever its kind. */
const postFields = {
  /** Headline. */
  title: z.string().min(1),
  /** One or two sentences shown in lists, feeds and search results. */
  summary: z.string().min(1).max(400),
  /** When the post goes live (ISO 8601 with offset). Before then it reaches no output. */
  published: dateTime,
  /** When the post was last materially changed; shown as "Updated". */
  updated: dateTime.optional(),
  /** Id of the author in people.yaml. */
  author: personRef,
  /** Topic words, lowercase and hyphenated. */
  tags: z.array(slugWord).default([]),
  /** A draft never reaches a production build; it shows in the dev preview with a banner. */
  draft: z.boolean().default(false),
  /** Corrections, shown at the top of the post and its feed item. */
  corrections: z.array(correction).default([]),
  /** What readers should do, per audience: shown first on the post, in its feed item and on /actions/. */
  actions: z.array(action).default([]),
};

/** Rejects an "updated" date earlier than "published", and an action's "until" not after it. */
function updatedNotBeforePublished(
  data: { published: Date; updated?: Date; actions?: { until?: Date }[] },
  ctx: z.core.$RefinementCtx<unknown>,
) {
  for (const [i, item] of (data.actions ?? []).entries()) {
    if (item.until && item.until <= data.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['actions', i, 'until'],
        message: `is not after "published". An action's "until" is when it stops being needed: a date after the post goes live, or leave it out.`,
      });
    }
  }
  if (data.updated && data.updated < data.published) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `is before "published". The updated date must be on or after the publish date.`,
    });
  }
}

/** Builds a post schema from the common fields plus the kind's own. */
function postSchema<T extends z.ZodRawShape>(extra: T) {
  return z
    .strictObject({ ...postFields, ...extra })
    .superRefine((data, ctx) => updatedNotBeforePublished(data as { published: Date; updated?: Date; actions?: { until?: Date }[] }, ctx));
}

/**
 * A glob loader for one kind's folder. It first fails when a data file cannot be read (so
 * no post is judged against a broken list) or a file's place or name cannot be its address;
 * it hands the schema each date as written in the frontmatter, not as js-yaml read it.
 */
function posts(kind: string): Loader {
  const base = join(contentDir, kind);
  const inner = glob({ base, pattern: ['**/*.mdx', '**/*.md'] });
  return {
    name: `posts-${kind}`,
    load: async (context) => {
      assertDataFilesReadable(contentDir);
      assertPostFiles(kind, base, shownPath(base));
      // Astro re-checks only the posts whose text changed since the cached build: when the
      // lists they refer to changed, check them all again (a removed id must fail its posts).
      if (context.meta.get('reference-ids') !== referenceDigest) {
        context.store.clear();
        context.meta.set('reference-ids', referenceDigest);
      }
      const parseData: typeof context.parseData = async (entry) => {
        const path = entry.filePath;
        const written = path ? frontmatterAsWritten(readFileSync(path, 'utf8'), shownPath(path)) : undefined;
        return context.parseData({ ...entry, data: datesAsWritten(entry.data, written) as typeof entry.data });
      };
      return inner.load({ ...context, parseData });
    },
  };
}

/**
 * A file loader for one YAML data file, read as written (dates stay text). A file that
 * cannot be read, or has an entry without an id or an id used twice, stops the build:
 * Astro's own file loader logs the error and keeps the previous build's data.
 */
function dataFile(name: string): Loader {
  const path = join(contentDir, name);
  const inner = file(path, { parser: (text) => parseDataList(text, shownPath(path)) });
  return {
    name: `data-${name}`,
    load: async (context) => {
      readDataList(contentDir, name); // this file's own error first
      assertDataFilesReadable(contentDir);
      return inner.load(context);
    },
  };
}

/** A question asked during a webinar and the answer given. */
const webinarQuestion = z.strictObject({
  /** The question as asked. */
  question: z.string().min(1),
  /** Who asked, if they agreed to be named. */
  askedBy: z.string().optional(),
  /** The answer given, in short. */
  answer: z.string().min(1),
  /** Id of the commitment the question touched. */
  commitment: commitmentRef.optional(),
});

/** One finding of an audit. */
const finding = z.strictObject({
  /** The auditor's reference for the finding, e.g. "BW-03". */
  id: z.string().min(1),
  /** What was found, in one line. */
  title: z.string().min(1),
  /** How severe the auditor rated it. */
  severity: oneOf(FINDING_SEVERITIES, 'finding severity'),
  /** Where remediation stands. */
  status: oneOf(FINDING_STATUSES, 'finding status'),
  /** When the status was last set. */
  statusDate: dateTime,
  /** Id of the commitment the fix belongs to. */
  commitment: commitmentRef.optional(),
});

/** A change in where data is processed, announced by a routing disclosure. */
const routingChange = z.strictObject({
  /** Id of the region in regions.yaml. */
  region: regionRef,
  /** What happened to the region. */
  change: oneOf(ROUTING_CHANGE_TYPES, 'routing change'),
  /** What changed, in plain words. */
  description: z.string().min(1),
});

const statements = defineCollection({
  loader: posts('statements'),
  schema: postSchema({}),
});

const progress = defineCollection({
  loader: posts('progress'),
  schema: postSchema({
    /** Week of the plan this update covers (1 to 13). */
    week: z.number().int().min(1).max(53),
    /** Status updates on the commitments this week touched. */
    updates: z.array(statusUpdate).min(1, 'a progress update reports on at least one commitment.'),
  }),
});

const webinars = defineCollection({
  loader: posts('webinars'),
  schema: postSchema({
    /** When the webinar starts (ISO 8601 with offset). */
    start: dateTime,
    /** IANA time zone the webinar is announced in, e.g. America/New_York. */
    timeZone: z.string().refine(isTimeZone, 'is not an IANA time zone such as "America/New_York" or "UTC".'),
    /** Length in minutes. */
    duration: z.number().int().min(5).max(600),
    /** Ids of the presenters in people.yaml. */
    presenters: z.array(personRef).min(1),
    /** Where to register or join (before it happens). */
    joinUrl: webUrl.optional(),
    /** Where to watch it afterwards. */
    recordingUrl: webUrl.optional(),
    /** Earlier start times, oldest first, when the webinar was moved. */
    previousStarts: z.array(dateTime).default([]),
    /** Questions asked and their answers (the recap). */
    questions: z.array(webinarQuestion).default([]),
    /** Commitment status updates given in the recap. */
    updates: z.array(statusUpdate).default([]),
  }),
});

const routing = defineCollection({
  loader: posts('routing'),
  schema: postSchema({
    /** When the routing change takes effect. */
    effective: dateTime,
    /** The regions this disclosure adds, removes or changes. */
    changes: z.array(routingChange).min(1),
  }),
});

const audits = defineCollection({
  loader: posts('audits'),
  schema: postSchema({
    /** The independent firm or person that performed the audit. */
    auditor: z.string().min(1),
    /** What was examined. */
    scope: z.string().min(1),
    /** First day of the audit period. */
    periodStart: dateTime,
    /** Last day of the audit period. */
    periodEnd: dateTime,
    /** Site address of the report, a file beside the post (lib/attachments.ts): /audits/<post>/<file>.pdf. */
    report: z
      .string()
      .regex(/^\/audits\/[^/\s]+\/[^/\s]+$/, 'must be the address of a file beside the post, e.g. /audits/2026-11-appsec-audit/report.pdf')
      .superRefine((path, ctx) => {
        if (!existsSync(join(contentDir, path))) {
          ctx.addIssue({
            code: 'custom',
            message: `"${path}" is not a file in ${contentDir}/. Put the report at ${contentDir}${path} (in the folder named like the post, beside it) or fix the path.`,
          });
        }
      }),
    /** What the auditor found. */
    findings: z.array(finding).default([]),
  }),
});

const guides = defineCollection({
  loader: posts('guides'),
  schema: postSchema({
    /** Who the guide is for. */
    audience: z.enum(['everyone', 'admins', 'developers']).default('everyone'),
  }),
});

const commitments = defineCollection({
  loader: dataFile('commitments.yaml'),
  schema: z
    .strictObject({
      /** Stable id used in URLs and status updates (never change it). */
      id: slugWord,
      /** The promise, in a few words. */
      title: z.string().min(1),
      /** What exactly was promised. */
      summary: z.string().min(1),
      /** The day it was promised. */
      promised: dateTime,
      /** The day it is due (on or after the plan's first day). */
      due: dateTime,
      /** Id of the accountable person in people.yaml. */
      owner: personRef,
      /** Which part of the plan it belongs to. */
      category: oneOf(COMMITMENT_CATEGORIES, 'commitment category'),
    })
    .superRefine((data, ctx) => {
      if (data.due < data.promised) {
        ctx.addIssue({
          code: 'custom',
          path: ['due'],
          message: `is before "promised". A commitment cannot be due before it was promised.`,
        });
      }
      if (data.due < planStart) {
        ctx.addIssue({
          code: 'custom',
          path: ['due'],
          message: `is before the plan starts (${site.planStart}). Check the year and the month: the due day is on or after the plan's first day.`,
        });
      }
    }),
});

const regions = defineCollection({
  loader: dataFile('regions.yaml'),
  schema: z.strictObject({
    /** Stable id used in routing disclosures. */
    id: slugWord,
    /** Region name, e.g. "EU (Frankfurt)". */
    name: z.string().min(1),
    /** Country or area. */
    location: z.string().min(1),
    /** Data centers operating in the region. */
    dataCenters: z.array(z.string().min(1)).min(1),
    /** Kinds of data processed there. */
    dataKinds: z.array(z.string().min(1)).min(1),
    /** Whether traffic is routed here by default. */
    default: z.boolean(),
    /** Whether customers can opt out of this region. */
    optOut: z.boolean(),
    /** Since when data has been processed here. */
    since: dateTime,
    /** Longitude and latitude for the routing diagram: [longitude -180 to 180, latitude -90 to 90]. */
    coordinates: z.tuple([z.number(), z.number()]).superRefine((value, ctx) => {
      const problem = coordinatesProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    /** Whether the region is still in use (false once retired). */
    active: z.boolean().default(true),
  }),
});

const people = defineCollection({
  loader: dataFile('people.yaml'),
  schema: z.strictObject({
    /** Stable id used as author or presenter. */
    id: slugWord,
    /** Full name. */
    name: z.string().min(1),
    /** Job title or role. */
    title: z.string().min(1),
    /** Organisation, for outside advisors. */
    affiliation: z.string().optional(),
    /** What they do on the site. */
    roles: z.array(oneOf(PERSON_ROLES, 'person role')).min(1),
    /** A short biography. */
    bio: z.string().min(1),
  }),
});

/** True for a time zone name the runtime knows. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const collections = {
  statements,
  progress,
  webinars,
  routing,
  audits,
  guides,
  commitments,
  regions,
  people,
};
