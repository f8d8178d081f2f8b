/**
 * The content schemas (src/schemas/) on the limits of their rules, without a build: each rule
 * crossed by the smallest step from both sides (the same instant, one second or one day
 * before), every problem with its exact path and words, and the field metadata that the
 * check, the scaffolder and the docs read.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { dataSchemas, postSchemas, readContentRefs, type ContentRefs } from '../../src/schemas';
import { allowedValues, exampleLine, fieldsOf, isOptionalField, metaOf, numberRange, schemaAt, unwrap } from '../../src/schemas/meta';
import { translationSchema } from '../../src/schemas/translation';
import { dateTime, oneOf, problem, reference, slugWord, timeZone, webUrl } from '../../src/schemas/values';

const work = mkdtempSync(join(tmpdir(), 'schemas-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const refs: ContentRefs = {
  contentDir: work,
  planStart: '2026-09-01',
  commitmentIds: ['e2ee', 'sso'],
  regionIds: ['eu-central'],
  personIds: ['maya-okafor'],
};
// Built before each test, not once while the file is collected: Stryker counts code run during
// collection as covered by no test.
let posts: ReturnType<typeof postSchemas>;
let data: ReturnType<typeof dataSchemas>;
beforeEach(() => {
  posts = postSchemas(refs);
  data = dataSchemas(refs);
});

/** Every problem of a value, as "path: message". */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const post = { title: 'T', summary: 'S', published: '2026-09-01T09:00:00-07:00', author: 'maya-okafor' };
const update = { commitment: 'e2ee', status: 'in-progress', note: 'N' };
const UPDATED_FIX = 'updated: is before "published". The updated date must be on or after the publish date.';
const UNTIL = (i: number) =>
  `actions.${i}.until: is not after "published". An action's "until" is when it stops being needed: a date after the post goes live, or leave it out.`;

describe('posts', () => {
  it('takes "updated" at the publish instant and refuses it one second before', () => {
    expect(problems(posts.statements, { ...post, updated: '2026-09-01T16:00:00Z' })).toEqual([]);
    expect(problems(posts.statements, { ...post, updated: '2026-09-01T15:59:59Z' })).toEqual([UPDATED_FIX]);
  });

  it('refuses an action that stops at the publish instant or before, naming its index', () => {
    const action = (until?: string) => ({ audience: 'everyone', text: 'Do it.', ...(until ? { until } : {}) });
    const actions = [action(), action('2026-09-01T16:00:01Z'), action('2026-09-01T16:00:00Z'), action('2026-08-31')];
    expect(problems(posts.statements, { ...post, actions })).toEqual([UNTIL(2), UNTIL(3)]);
  });

  it('fills the defaults and turns dates into instants', () => {
    const parsed = posts.statements.parse(post) as Record<string, unknown>;
    expect(parsed).toEqual({ ...post, published: new Date('2026-09-01T16:00:00Z'), tags: [], draft: false, corrections: [], actions: [] });
    expect((posts.guides.parse(post) as { audience: string }).audience).toBe('everyone');
  });

  it('refuses a summary of 401 characters and takes 400', () => {
    expect(problems(posts.statements, { ...post, summary: 'x'.repeat(400) })).toEqual([]);
    expect(problems(posts.statements, { ...post, summary: 'x'.repeat(401) })).toHaveLength(1);
  });

  it('needs a reason with a new due date or a withdrawal, on the reason field of that update', () => {
    const MISSING = 'reason: is missing. A new due date or a withdrawal needs a reason: add reason: "…" in plain words.';
    const progress = (...updates: object[]) => ({ ...post, week: 1, updates });
    expect(
      problems(
        posts.progress,
        progress(
          update,
          { ...update, due: '2026-12-18', reason: 'The re-review runs until 11 December.' },
          { ...update, withdrawn: true, reason: 'No longer needed.' },
        ),
      ),
    ).toEqual([]);
    expect(problems(posts.progress, progress(update, { ...update, due: '2026-12-18' }))).toEqual([`updates.1.${MISSING}`]);
    expect(problems(posts.progress, progress({ ...update, withdrawn: true }))).toEqual([`updates.0.${MISSING}`]);
    expect(problems(posts.progress, progress())).toEqual(['updates: a progress update reports on at least one commitment.']);
  });

  it('names an unknown commitment, person or region with the valid ids and the file to add it to', () => {
    expect(problems(posts.progress, { ...post, week: 53, author: 'maya', updates: [{ ...update, commitment: 'e2e' }] })).toEqual([
      `author: unknown person "maya". Valid values: maya-okafor. Fix the spelling, or add it to ${work}/people.yaml.`,
      `updates.0.commitment: unknown commitment "e2e". Valid values: e2ee, sso. Fix the spelling, or add it to ${work}/commitments.yaml.`,
    ]);
    const none = reference([], 'region', 'content/regions.yaml');
    expect(problems(none, 'eu')).toEqual([': unknown region "eu". Valid values: (none defined). Fix the spelling, or add it to content/regions.yaml.']);
    expect(metaOf(none)).toEqual({ values: [], noun: 'region' });
  });

  it('checks that an audit report is a file beside the post', () => {
    mkdirSync(join(work, 'audits', 'appsec'), { recursive: true });
    writeFileSync(join(work, 'audits', 'appsec', 'report.pdf'), '%PDF');
    const audit = (report: string) => ({ ...post, auditor: 'A', scope: 'S', periodStart: '2026-10-05', periodEnd: '2026-11-06', report });
    expect(problems(posts.audits, audit('/audits/appsec/report.pdf'))).toEqual([]);
    expect(problems(posts.audits, audit('/audits/appsec/other.pdf'))).toEqual([
      `report: "/audits/appsec/other.pdf" is not a file in ${work}/. Put the report at ${work}/audits/appsec/other.pdf (in the folder named like the post, beside it) or fix the path.`,
    ]);
  });
});

describe('commitments', () => {
  const commitment = { id: 'e2ee', title: 'T', summary: 'S', promised: '2026-09-01', due: '2026-09-01', owner: 'maya-okafor', category: 'security' };
  const BEFORE_PROMISED = 'due: is before "promised". A commitment cannot be due before it was promised.';
  const BEFORE_PLAN = "due: is before the plan starts (2026-09-01). Check the year and the month: the due day is on or after the plan's first day.";

  it("takes a due day equal to the promise and to the plan's first day", () => {
    expect(problems(data.commitments, commitment)).toEqual([]);
  });

  it('refuses a due day one second before the promise, or before the plan starts', () => {
    expect(problems(data.commitments, { ...commitment, promised: '2026-09-01T00:00:01Z' })).toEqual([BEFORE_PROMISED]);
    expect(problems(data.commitments, { ...commitment, promised: '2026-08-01', due: '2026-08-31T23:59:59Z' })).toEqual([BEFORE_PLAN]);
    expect(problems(data.commitments, { ...commitment, due: '2026-08-31' })).toEqual([BEFORE_PROMISED, BEFORE_PLAN]);
  });
});

describe('regions', () => {
  const region = {
    id: 'eu-central',
    name: 'EU',
    location: 'Germany',
    dataCenters: ['FRA-1'],
    dataKinds: ['chat'],
    default: true,
    optOut: false,
    since: '2022-01-15',
  };

  it('takes the edges of the map and refuses a place off it, saying how to fix it', () => {
    expect(problems(data.regions, { ...region, coordinates: [-180, 90] })).toEqual([]);
    expect(problems(data.regions, { ...region, coordinates: [50.11, 180.5] })).toEqual([
      'coordinates: [50.11, 180.5]: latitude 180.5 (the second number) is outside -90 to 90. Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.',
    ]);
    expect(problems(data.regions, { ...region, coordinates: [10, 100] })).toEqual([
      'coordinates: [10, 100]: latitude 100 (the second number) is outside -90 to 90. Did you swap them? Write [longitude, latitude]: [100, 10].',
    ]);
    expect((data.regions.parse({ ...region, coordinates: [8.68, 50.11] }) as { active: boolean }).active).toBe(true);
  });
});

describe('translations', () => {
  let es: ReturnType<typeof translationSchema>;
  beforeEach(() => {
    es = translationSchema('en');
  });

  it('takes the translated fields and refuses every field of the original, each on its own path', () => {
    const translation = { translationOf: 'apology', lang: 'es', title: 'T', summary: 'S' };
    expect(problems(es, translation)).toEqual([]);
    const FIX =
      'Remove it: a translation carries only translationOf, lang, title, summary and the translated text. Dates, status updates, findings, routing changes, corrections and actions are shown from the original, with translated labels; change them in the original file.';
    expect(problems(es, { ...translation, published: '2026-09-01', draft: true })).toEqual([
      `published: "published" belongs to the original post, not to a translation. ${FIX}`,
      `draft: "draft" belongs to the original post, not to a translation. ${FIX}`,
    ]);
  });

  it('refuses the main language as a translation language', () => {
    expect(problems(es, { translationOf: 'apology', lang: 'en', title: 'T', summary: 'S' })).toEqual([
      'lang: "en" is not a valid language. Valid values: es, de.',
    ]);
  });
});

describe('values', () => {
  it('keeps what is wrong and the fix apart in the issue params, and only adds a path when given', () => {
    const withPath = z.string().superRefine((_, ctx) => problem(ctx, 'W & <w>', 'F\r\nF', ['a', 0]));
    expect(withPath.safeParse('x').error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', message: 'W & <w>. F\r\nF', params: { what: 'W & <w>', fix: 'F\r\nF' }, path: ['a', 0] }),
    ]);
    const plain = z.string().superRefine((_, ctx) => problem(ctx, 'W', 'F'));
    expect(plain.safeParse('x').error?.issues[0]?.path).toEqual([]);
  });

  it('reads a date as written and refuses a day that does not exist', () => {
    expect(dateTime.parse('2026-02-28')).toEqual(new Date('2026-02-28T00:00:00Z'));
    // A custom issue carries the problem's parts in `params`, which Zod's union type of issues does not name.
    const issue = dateTime.safeParse('2026-02-30').error?.issues[0] as { message: string; params?: { what: string; fix: string } } | undefined;
    expect(issue?.message).toBe(`${issue?.params?.what}. ${issue?.params?.fix}`);
    expect(issue?.params).toMatchObject({ what: expect.stringContaining('2026-02-30') });
    expect(problems(dateTime, 20260901)).toEqual([': should be a date such as 2026-09-01 or 2026-09-01T09:00:00-07:00.']);
  });

  it('takes lowercase hyphenated words only', () => {
    expect(problems(slugWord, 'waiting-rooms-2')).toEqual([]);
    for (const bad of ['Waiting', 'a--b', '-a', 'a-', 'a b', 'é']) {
      expect(problems(slugWord, bad)).toEqual([`: "${bad}" is not allowed. Use lowercase letters, digits and hyphens, e.g. "waiting-rooms".`]);
    }
  });

  it('takes known time zones and web addresses only', () => {
    expect(problems(timeZone, 'America/New_York')).toEqual([]);
    expect(problems(timeZone, 'Mars/Olympus')).toEqual([': is not an IANA time zone such as "America/New_York" or "UTC".']);
    expect(problems(webUrl, 'https://example.com/a?b=c&d')).toEqual([]);
    expect(problems(webUrl, 'ftp://example.com/')).toEqual([': must be a full web address starting with https://']);
  });

  it('lists the valid words of a fixed list in its message and metadata', () => {
    const tone = oneOf(['note', 'warning'], 'tone');
    expect(problems(tone, 'Note')).toEqual([': "Note" is not a valid tone. Valid values: note, warning.']);
    expect(allowedValues(tone)).toEqual(['note', 'warning']);
  });
});

describe('field metadata', () => {
  let fields: Record<string, z.ZodType>;
  beforeEach(() => {
    fields = fieldsOf(posts.webinars)!;
  });
  const STATUSES = ['not-started', 'in-progress', 'blocked', 'done'];

  it('unwraps optional, default and transformed fields to what is underneath', () => {
    expect(unwrap(fields.tags!)).toBeInstanceOf(z.ZodArray);
    expect(unwrap(fields.updated!)).toBeInstanceOf(z.ZodString);
    expect(isOptionalField(fields.updated!)).toBe(true);
    expect(isOptionalField(fields.tags!)).toBe(true);
    expect(isOptionalField(fields.published!)).toBe(false);
    expect(fieldsOf(z.string())).toBeUndefined();
  });

  it('gathers metadata through the wrappers, the outermost winning', () => {
    const inner = z.string().meta({ description: 'Inner.', example: 'a' });
    expect(metaOf(inner.optional().meta({ example: 'b' }))).toEqual({ description: 'Inner.', example: 'b' });
    expect(metaOf(z.string())).toEqual({});
  });

  it('finds the schema at a path of fields, list indexes and tuple positions', () => {
    expect(allowedValues(schemaAt(posts.webinars, ['updates', 0, 'status'])!)).toEqual(STATUSES);
    expect(schemaAt(data.regions, ['coordinates', 1])).toBeInstanceOf(z.ZodNumber);
    expect(schemaAt(data.regions, ['coordinates', 1, 'x'])).toBeUndefined();
    expect(schemaAt(posts.webinars, ['nothing', 'deeper'])).toBeUndefined();
    expect(schemaAt(posts.webinars, [])).toBe(posts.webinars);
  });

  it('reads the range of a number field', () => {
    expect(numberRange(z.number().min(1).max(53).optional())).toEqual({ min: 1, max: 53 });
    expect(numberRange(z.number().min(0))).toEqual({ min: 0 });
    expect(numberRange(z.number())).toEqual({});
    expect(numberRange(z.string())).toEqual({});
  });

  it('writes an example as a YAML line, or as a block when it starts on a new line', () => {
    expect(exampleLine('title', '"A & B"')).toBe('title: "A & B"');
    expect(exampleLine('tags', '\n  - a')).toBe('tags:\n  - a');
  });
});

describe('readContentRefs', () => {
  it('reads the ids of the three data files of a content folder', () => {
    const dir = join(work, 'content');
    mkdirSync(dir);
    writeFileSync(join(dir, 'commitments.yaml'), '- id: e2ee\n- id: sso\n');
    writeFileSync(join(dir, 'regions.yaml'), '- id: eu-central\n');
    writeFileSync(join(dir, 'people.yaml'), '- id: maya-okafor\n- id: ciso\n');
    expect(readContentRefs(dir, '2026-09-01')).toEqual({
      contentDir: dir,
      planStart: '2026-09-01',
      commitmentIds: ['e2ee', 'sso'],
      regionIds: ['eu-central'],
      personIds: ['maya-okafor', 'ciso'],
    });
  });

  it('gives a schema for every kind of post and every data file', () => {
    expect(Object.keys(posts)).toEqual(['statements', 'progress', 'webinars', 'routing', 'audits', 'guides']);
    expect(Object.keys(data)).toEqual(['commitments', 'regions', 'people']);
  });
});

describe('whole records with values of several characters and several entries', () => {
  const long = { title: 'Week 14: encryption & <ships>', summary: 'Encryption is on.\r\nFor every meeting.' };
  const article = { ...post, ...long };

  it('takes a webinar with two presenters and its questions, filling the lists left out', () => {
    const question = { question: 'When does encryption ship?', answer: 'In December.', commitment: 'sso' };
    const webinar = { ...article, start: '2026-09-04T10:00:00-07:00', duration: 60, timeZone: 'America/Los_Angeles' };
    const parsed = posts.webinars.safeParse({ ...webinar, presenters: ['maya-okafor', 'maya-okafor'], questions: [question] });
    expect(parsed.error?.issues ?? []).toEqual([]);
    const plain = posts.webinars.safeParse({ ...webinar, presenters: ['maya-okafor'] });
    expect(plain.data).toMatchObject({ previousStarts: [], questions: [], updates: [] });
  });

  it('takes an audit with a finding and gives an audit without findings an empty list', () => {
    mkdirSync(join(work, 'audits', 'appsec'), { recursive: true });
    writeFileSync(join(work, 'audits', 'appsec', 'report.pdf'), '%PDF');
    const audit = {
      ...article,
      auditor: 'Northgate Security',
      scope: 'Web clients',
      periodStart: '2026-10-05',
      periodEnd: '2026-11-06',
      report: '/audits/appsec/report.pdf',
    };
    const finding = { id: 'BW-01', title: 'Meeting IDs guessable', severity: 'high', status: 'fixed', statusDate: '2026-11-20' };
    expect(problems(posts.audits, { ...audit, findings: [finding] })).toEqual([]);
    expect((posts.audits.parse(audit) as { findings: unknown[] }).findings).toEqual([]);
    expect(problems(posts.audits, { ...audit, findings: [{ ...finding, severity: 'severe', status: 'done' }] })).toEqual([
      'findings.0.severity: "severe" is not a valid finding severity. Valid values: critical, high, medium, low, informational.',
      'findings.0.status: "done" is not a valid finding status. Valid values: open, in-progress, fixed, accepted-risk.',
    ]);
  });

  it('refuses a report address that is not a file beside the post, whole', () => {
    const audit = (report: string) => ({ ...article, auditor: 'A B', scope: 'S T', periodStart: '2026-10-05', periodEnd: '2026-11-06', report });
    const SHAPE = 'report: must be the address of a file beside the post, e.g. /audits/2026-11-appsec-audit/report.pdf';
    const notFile = (path: string) =>
      `report: "${path}" is not a file in ${work}/. Put the report at ${work}${path} (in the folder named like the post, beside it) or fix the path.`;
    for (const path of ['/x/audits/appsec/report.pdf', '/audits/appsec/report.pdf/x']) {
      expect(problems(posts.audits, audit(path))).toEqual([SHAPE, notFile(path)]);
    }
  });

  it('takes a routing disclosure with two changes and names an unknown region and change', () => {
    const change = { region: 'eu-central', change: 'added', description: 'EU meetings stay in the EU.' };
    const routing = { ...article, effective: '2026-12-01' };
    expect(problems(posts.routing, { ...routing, changes: [change, { ...change, change: 'removed' }] })).toEqual([]);
    expect(problems(posts.routing, { ...routing, changes: [{ ...change, region: 'eu', change: 'moved' }] })).toEqual([
      `changes.0.region: unknown region "eu". Valid values: eu-central. Fix the spelling, or add it to ${work}/regions.yaml.`,
      'changes.0.change: "moved" is not a valid routing change. Valid values: added, removed, changed.',
    ]);
  });

  it('names a wrong status, audience and category with the valid words', () => {
    expect(problems(posts.progress, { ...article, week: 2, updates: [{ ...update, status: 'late', note: 'Two sentences. Of evidence.' }] })).toEqual([
      'updates.0.status: "late" is not a valid commitment status. Valid values: not-started, in-progress, blocked, done.',
    ]);
    expect(problems(posts.guides, { ...article, audience: 'all' })).toEqual([
      'audience: "all" is not a valid guide audience. Valid values: everyone, admins, developers.',
    ]);
    const commitment = {
      id: 'e2ee',
      title: 'End-to-end encryption',
      summary: 'Real encryption.',
      promised: '2026-09-01',
      due: '2026-11-30',
      owner: 'maya-okafor',
    };
    expect(problems(data.commitments, { ...commitment, category: 'security' })).toEqual([]);
    expect(problems(data.commitments, { ...commitment, category: 'safety' })).toEqual([
      'category: "safety" is not a valid commitment category. Valid values: engineering, security, privacy, governance, communication.',
    ]);
  });

  it('takes a person with two roles and names a wrong role', () => {
    const person = { id: 'maya-okafor', name: 'Maya Okafor', title: 'Chief Executive Officer', bio: 'Leads the company.' };
    expect(problems(data.people, { ...person, roles: ['author', 'presenter'] })).toEqual([]);
    expect(problems(data.people, { ...person, roles: ['writer'] })).toEqual([
      'roles.0: "writer" is not a valid person role. Valid values: author, presenter, advisor, owner.',
    ]);
  });

  it('takes a region with two data centers and two kinds of data', () => {
    const region = {
      id: 'eu-central',
      name: 'EU (Frankfurt)',
      location: 'Germany',
      default: true,
      optOut: false,
      since: '2022-01-15',
      coordinates: [8.68, 50.11],
    };
    expect(problems(data.regions, { ...region, dataCenters: ['FRA-1', 'FRA-2'], dataKinds: ['meeting media', 'chat'] })).toEqual([]);
  });

  it('takes a translation with a long title and summary', () => {
    expect(problems(translationSchema('en'), { translationOf: 'apology', lang: 'de', ...long })).toEqual([]);
  });

  it('keeps the noun and the values of a fixed list and of a reference in their metadata', () => {
    expect(metaOf(oneOf(['note', 'warning'], 'tone'))).toEqual({ values: ['note', 'warning'], noun: 'tone' });
    expect(allowedValues(z.enum(['a', 'b']))).toEqual(['a', 'b']);
    expect(allowedValues(reference(['x', 'y'], 'person', 'people.yaml'))).toEqual(['x', 'y']);
    expect(allowedValues(z.string())).toBeUndefined();
  });
});
