/**
 * The open data catalog (src/data/open-data-files.ts): every CSV file's columns as a literal
 * list in file order, and whole rows with every CSV special character, from fixed records.
 * The records stand in for src/data/open-data.ts (which reads Astro's collections), so no
 * site is built; the columns below are the published contract, written out by hand, never
 * read from the catalog they check. Text that starts like a spreadsheet formula comes back
 * with a leading ' (OWASP CSV injection); numbers, negative ones included, stay as they are.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AuditRecord, CommitmentRecord, RegionRecord, WebinarRecord } from '../../src/data/open-data';
import { parse } from 'csv-parse/sync';

/** Every CSV special character: comma, quote, CR, LF, and the HTML ones that must pass untouched. */
const nasty = 'A, "B" & <C> \'D\'\r\nE';

const source = { title: `Week 1 ${nasty}`, path: '/progress/week-1/', url: 'https://t.example/progress/week-1/' };
const commitment: CommitmentRecord = {
  id: 'e2ee',
  title: `End-to-end ${nasty}`,
  summary: 'Summary, not in the CSV',
  category: 'security',
  owner: { id: 'ciso', name: 'Chief, "Security"' },
  promised: '2026-09-01',
  due: '2026-11-27',
  dueDay: 88,
  originalDue: '2026-11-20',
  dueRevisions: [
    { announced: new Date('2026-09-20T17:00:00.000Z'), from: '2026-11-20', to: '2026-11-30', days: 10, reason: nasty, source },
    { announced: new Date('2026-10-01T17:00:00.000Z'), from: '2026-11-30', to: '2026-11-27', days: -3, reason: '-3 days: =sooner', source },
  ],
  pastOriginalDue: true,
  withdrawn: null,
  status: 'overdue',
  reportedStatus: 'in-progress',
  doneOn: null,
  late: false,
  lastUpdate: { date: new Date('2026-10-01T17:00:00.000Z'), status: 'in-progress', note: nasty, source },
  url: 'https://t.example/plan/e2ee/',
  history: [
    {
      date: new Date('2026-09-04T17:00:00.000Z'),
      status: 'blocked',
      note: 'Waiting.',
      source: { ...source, title: 'Week 0', url: 'https://t.example/progress/week-0/' },
    },
    { date: new Date('2026-10-01T17:00:00.000Z'), status: 'in-progress', note: nasty, source },
  ],
};
const doneCommitment: CommitmentRecord = {
  ...commitment,
  id: 'bounty',
  title: 'Bounty',
  category: 'governance',
  owner: { id: 'ceo', name: 'Ceo' },
  originalDue: '2026-11-27',
  dueRevisions: [],
  pastOriginalDue: false,
  withdrawn: { announced: new Date('2026-11-29T09:00:00.000Z'), reason: '@scope', source },
  status: 'done',
  reportedStatus: 'done',
  doneOn: new Date('2026-11-28T10:00:00.000Z'),
  late: true,
  lastUpdate: null,
  url: 'https://t.example/plan/bounty/',
  history: [],
};
const region: RegionRecord = {
  id: 'eu-central',
  name: `Frankfurt ${nasty}`,
  location: 'Germany',
  dataCenters: ['FRA1', 'FRA 2, annex'],
  dataKinds: ['meetings', 'chat'],
  default: true,
  optOut: false,
  since: '2020-01-01',
  active: true,
  longitude: 8.68,
  latitude: -50.11,
  changes: [{ effective: new Date('2026-09-15T00:00:00.000Z'), change: 'added', description: 'x', source }],
};
const audit: AuditRecord = {
  slug: 'appsec',
  title: 'Appsec',
  url: 'https://t.example/audits/appsec/',
  path: '/audits/appsec/',
  published: new Date('2026-10-01T00:00:00.000Z'),
  auditor: 'Audit & Co, "LLP"',
  scope: 'All',
  periodStart: '2026-09-01',
  periodEnd: '2026-09-30',
  report: 'https://t.example/reports/appsec.pdf',
  findings: [
    { id: 'F-1', title: nasty, severity: 'high', status: 'fixed', statusDate: new Date('2026-10-10T00:00:00.000Z'), commitment: 'e2ee' },
    { id: 'F-2', title: 'Minor', severity: 'low', status: 'accepted-risk', statusDate: new Date('2026-10-11T00:00:00.000Z'), commitment: null },
  ],
};
const webinar: WebinarRecord = {
  slug: 'week-1-live',
  title: nasty,
  url: 'https://t.example/webinars/week-1-live/',
  path: '/webinars/week-1-live/',
  state: 'past',
  start: new Date('2026-09-03T16:00:00.000Z'),
  end: new Date('2026-09-03T16:45:00.000Z'),
  timeZone: 'America/Los_Angeles',
  durationMinutes: 45,
  presenters: [
    { id: 'ceo', name: 'Ceo' },
    { id: 'ciso', name: 'Chief, "Security"' },
  ],
  joinUrl: null,
  recordingUrl: 'https://v.example/r?a=1&b=2',
  calendar: 'https://t.example/webinars/week-1-live.ics',
  previousStarts: [new Date('2026-09-02T16:00:00.000Z')],
  questions: [{ question: 'Q?', askedBy: null, answer: 'A.', commitment: null, url: 'https://t.example/webinars/week-1-live/#q-1' }],
};

vi.mock('../../src/data/open-data', () => ({
  commitmentRecords: async () => [commitment, doneCommitment],
  regionRecords: async () => [region],
  auditRecords: async () => [audit],
  webinarRecords: async () => [webinar],
}));

const { DATA_FILES, dataFile, dataResponse } = await import('../../src/data/open-data-files');

/** The published CSV columns, in file order: the contract with everyone who reads the files. */
const CSV_COLUMNS: Record<string, string[]> = {
  '/data/commitments.csv': [
    'id',
    'title',
    'category',
    'owner_id',
    'owner_name',
    'promised',
    'due',
    'due_day',
    'original_due',
    'due_revisions',
    'past_original_due',
    'withdrawn_on',
    'status',
    'reported_status',
    'done_on',
    'late',
    'last_update',
    'last_update_url',
    'updates',
    'url',
  ],
  '/data/status-history.csv': ['commitment', 'date', 'status', 'note', 'source_title', 'source_url'],
  '/data/due-revisions.csv': ['commitment', 'announced', 'from', 'to', 'days', 'reason', 'source_title', 'source_url'],
  '/data/regions.csv': ['id', 'name', 'location', 'data_centers', 'data_kinds', 'default', 'opt_out', 'since', 'active', 'longitude', 'latitude', 'changes'],
  '/data/findings.csv': ['audit', 'auditor', 'finding_id', 'title', 'severity', 'status', 'status_date', 'commitment', 'audit_url'],
  '/data/webinars.csv': [
    'slug',
    'title',
    'state',
    'start',
    'end',
    'time_zone',
    'duration_minutes',
    'presenters',
    'join_url',
    'recording_url',
    'calendar',
    'questions',
    'url',
  ],
};

/** A rendered CSV file, parsed back. */
async function csvRows(path: string): Promise<string[][]> {
  return parse(await dataFile(path).render());
}

describe('the catalog', () => {
  it('lists every file, in the order of the /data/ page, with its format', () => {
    expect(DATA_FILES.map((f) => [f.path, f.format])).toEqual([
      ['/data/commitments.json', 'json'],
      ['/data/commitments.csv', 'csv'],
      ['/data/status-history.csv', 'csv'],
      ['/data/due-revisions.json', 'json'],
      ['/data/due-revisions.csv', 'csv'],
      ['/data/regions.json', 'json'],
      ['/data/regions.csv', 'csv'],
      ['/data/audits.json', 'json'],
      ['/data/findings.csv', 'csv'],
      ['/data/webinars.json', 'json'],
      ['/data/webinars.csv', 'csv'],
    ]);
  });

  it('throws for an unknown path, naming it and the catalog', () => {
    expect(() => dataFile('/data/commitment.csv')).toThrow(new Error('No open data file /data/commitment.csv in src/data/open-data-files.ts.'));
  });

  it('describes each record, and each field in words', () => {
    for (const file of DATA_FILES) {
      expect(file.description.length, file.path).toBeGreaterThan(20);
      for (const [name, meaning] of file.fields) expect(meaning.length, `${file.path} ${name}`).toBeGreaterThan(3);
    }
  });
});

describe('CSV files', () => {
  for (const [path, columns] of Object.entries(CSV_COLUMNS)) {
    it(`${path} has exactly the published columns, in order, documented in the same order`, async () => {
      const [header] = await csvRows(path);
      expect(header).toEqual(columns);
      expect(dataFile(path).fields.map(([name]) => name)).toEqual(columns);
    });
  }

  it('writes commitments with every value, quoting special characters', async () => {
    expect(await csvRows('/data/commitments.csv')).toEqual([
      CSV_COLUMNS['/data/commitments.csv'],
      [
        'e2ee',
        `End-to-end ${nasty}`,
        'security',
        'ciso',
        'Chief, "Security"',
        '2026-09-01',
        '2026-11-27',
        '88',
        '2026-11-20',
        '2',
        'true',
        '',
        'overdue',
        'in-progress',
        '',
        'false',
        '2026-10-01T17:00:00.000Z',
        'https://t.example/progress/week-1/',
        '2',
        'https://t.example/plan/e2ee/',
      ],
      [
        'bounty',
        'Bounty',
        'governance',
        'ceo',
        'Ceo',
        '2026-09-01',
        '2026-11-27',
        '88',
        '2026-11-27',
        '0',
        'false',
        '2026-11-29T09:00:00.000Z',
        'done',
        'done',
        '2026-11-28T10:00:00.000Z',
        'true',
        '',
        '',
        '0',
        'https://t.example/plan/bounty/',
      ],
    ]);
  });

  it('writes one history row per update, by commitment, oldest first', async () => {
    expect(await csvRows('/data/status-history.csv')).toEqual([
      CSV_COLUMNS['/data/status-history.csv'],
      ['e2ee', '2026-09-04T17:00:00.000Z', 'blocked', 'Waiting.', 'Week 0', 'https://t.example/progress/week-0/'],
      ['e2ee', '2026-10-01T17:00:00.000Z', 'in-progress', nasty, `Week 1 ${nasty}`, 'https://t.example/progress/week-1/'],
    ]);
  });

  it('writes one due-date revision per row, by commitment, oldest first, neutralising formula-like text but not negative numbers', async () => {
    expect(await csvRows('/data/due-revisions.csv')).toEqual([
      CSV_COLUMNS['/data/due-revisions.csv'],
      ['e2ee', '2026-09-20T17:00:00.000Z', '2026-11-20', '2026-11-30', '10', nasty, `Week 1 ${nasty}`, 'https://t.example/progress/week-1/'],
      ['e2ee', '2026-10-01T17:00:00.000Z', '2026-11-30', '2026-11-27', '-3', "'-3 days: =sooner", `Week 1 ${nasty}`, 'https://t.example/progress/week-1/'],
    ]);
    expect(await dataFile('/data/due-revisions.csv').render()).toContain(',-3,"\'-3 days: =sooner",');
  });

  it('writes regions with lists joined by "; "', async () => {
    expect(await csvRows('/data/regions.csv')).toEqual([
      CSV_COLUMNS['/data/regions.csv'],
      ['eu-central', `Frankfurt ${nasty}`, 'Germany', 'FRA1; FRA 2, annex', 'meetings; chat', 'true', 'false', '2020-01-01', 'true', '8.68', '-50.11', '1'],
    ]);
  });

  it('writes one finding per row with its audit', async () => {
    expect(await csvRows('/data/findings.csv')).toEqual([
      CSV_COLUMNS['/data/findings.csv'],
      ['appsec', 'Audit & Co, "LLP"', 'F-1', nasty, 'high', 'fixed', '2026-10-10T00:00:00.000Z', 'e2ee', 'https://t.example/audits/appsec/'],
      ['appsec', 'Audit & Co, "LLP"', 'F-2', 'Minor', 'low', 'accepted-risk', '2026-10-11T00:00:00.000Z', '', 'https://t.example/audits/appsec/'],
    ]);
  });

  it('writes webinars with presenters joined by "; " and empty links left empty', async () => {
    expect(await csvRows('/data/webinars.csv')).toEqual([
      CSV_COLUMNS['/data/webinars.csv'],
      [
        'week-1-live',
        nasty,
        'past',
        '2026-09-03T16:00:00.000Z',
        '2026-09-03T16:45:00.000Z',
        'America/Los_Angeles',
        '45',
        'Ceo; Chief, "Security"',
        '',
        'https://v.example/r?a=1&b=2',
        'https://t.example/webinars/week-1-live.ics',
        '1',
        'https://t.example/webinars/week-1-live/',
      ],
    ]);
  });

  it('quotes a field with a carriage return so that it survives a round trip', async () => {
    const text = await dataFile('/data/status-history.csv').render();
    expect(text).toContain('"A, ""B"" & <C> \'D\'\r\nE"');
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('JSON files', () => {
  it('hold the records as they are, pretty-printed with a final newline', async () => {
    expect(await dataFile('/data/commitments.json').render()).toBe(`${JSON.stringify([commitment, doneCommitment], null, 2)}\n`);
    expect(JSON.parse(await dataFile('/data/due-revisions.json').render())).toEqual([
      { commitment: 'e2ee', announced: '2026-09-20T17:00:00.000Z', from: '2026-11-20', to: '2026-11-30', days: 10, reason: nasty, source },
      { commitment: 'e2ee', announced: '2026-10-01T17:00:00.000Z', from: '2026-11-30', to: '2026-11-27', days: -3, reason: '-3 days: =sooner', source },
    ]);
    expect(JSON.parse(await dataFile('/data/regions.json').render())).toEqual([
      { ...region, changes: [{ ...region.changes[0], effective: '2026-09-15T00:00:00.000Z' }] },
    ]);
    expect(JSON.parse(await dataFile('/data/audits.json').render())).toEqual([
      {
        ...audit,
        published: '2026-10-01T00:00:00.000Z',
        findings: [
          { ...audit.findings[0], statusDate: '2026-10-10T00:00:00.000Z' },
          { ...audit.findings[1], statusDate: '2026-10-11T00:00:00.000Z' },
        ],
      },
    ]);
    expect(JSON.parse(await dataFile('/data/webinars.json').render())).toEqual([
      { ...webinar, start: '2026-09-03T16:00:00.000Z', end: '2026-09-03T16:45:00.000Z', previousStarts: ['2026-09-02T16:00:00.000Z'] },
    ]);
  });

  it('write every moment as ISO 8601 in UTC', async () => {
    const [e2ee, bounty] = JSON.parse(await dataFile('/data/commitments.json').render());
    expect(e2ee.dueRevisions.map((r: { announced: string }) => r.announced)).toEqual(['2026-09-20T17:00:00.000Z', '2026-10-01T17:00:00.000Z']);
    expect(e2ee.lastUpdate.date).toBe('2026-10-01T17:00:00.000Z');
    expect(e2ee.history.map((u: { date: string }) => u.date)).toEqual(['2026-09-04T17:00:00.000Z', '2026-10-01T17:00:00.000Z']);
    expect([bounty.withdrawn.announced, bounty.doneOn]).toEqual(['2026-11-29T09:00:00.000Z', '2026-11-28T10:00:00.000Z']);
  });

  it('document every top-level field of the records, in order', () => {
    const topLevel = (path: string) =>
      dataFile(path)
        .fields.map(([name]) => name)
        .filter((name) => !/[.]/.test(name))
        .map((name) => name.replace('[]', ''));
    // owner is documented by its two fields, owner.id and owner.name.
    expect(topLevel('/data/commitments.json')).toEqual([
      'id',
      'title',
      'summary',
      'category',
      'promised',
      'due',
      'dueDay',
      'originalDue',
      'dueRevisions',
      'pastOriginalDue',
      'withdrawn',
      'status',
      'reportedStatus',
      'doneOn',
      'late',
      'lastUpdate',
      'url',
      'history',
    ]);
    expect(topLevel('/data/due-revisions.json')).toEqual(['commitment', 'announced', 'from', 'to', 'days', 'reason', 'source']);
    expect(
      dataFile('/data/commitments.json')
        .fields.map(([name]) => name)
        .filter((name) => name.startsWith('owner')),
    ).toEqual(['owner.id', 'owner.name']);
    expect(topLevel('/data/regions.json')).toEqual(Object.keys(region));
    expect(topLevel('/data/audits.json')).toEqual(Object.keys(audit));
    expect(topLevel('/data/webinars.json')).toEqual(Object.keys(webinar));
  });
});

describe('responses', () => {
  it('serve JSON and CSV with their media types', async () => {
    const jsonResponse = await dataResponse('/data/regions.json');
    expect(jsonResponse.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await jsonResponse.json())[0].changes[0].effective).toBe('2026-09-15T00:00:00.000Z');
    const csvResponse = await dataResponse('/data/regions.csv');
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(parse(await csvResponse.text())[0]).toEqual(CSV_COLUMNS['/data/regions.csv']);
  });
});
