/**
 * The trust record in the built sites: the tracker, commitment pages, chart, routing,
 * audits, webinars, corrections, security.txt, open data and revision history. Values in
 * the open data files must match what the pages show (parsed with real parsers).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { site } from '../../src/site.config';
import { root, runAstro, TEST_NOW } from '../helpers/build';
import { fileForPath, readPage } from '../../scripts/lib/dist-files';
import { clean, page } from '../helpers/built-page';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');
const origin = 'http://localhost:4321';

/** A built text file. */
function text(dist: string, path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

/** A built JSON file, parsed. */
function json<T = Record<string, any>[]>(dist: string, path: string): T {
  return JSON.parse(text(dist, path)) as T;
}

/** A built CSV file as objects keyed by the header row (read with csv-parse). */
function csvObjects(dist: string, path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text(dist, path)) as string[][];
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

/** A JSON text value as its CSV cell holds it: with a leading ' when it starts like a formula (= + - @ tab CR). */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Site path of an absolute URL of this build. */
const pathOf = (url: string) => url.replace(origin, '');

const STATUS_LABELS: Record<string, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  overdue: 'Overdue',
};

for (const [name, dist] of [
  ['fixture', fixture],
  ['demo', demo],
] as const) {
  describe(`commitment tracker (${name})`, () => {
    const commitments = json(dist, 'data/commitments.json');
    const plan = page(dist, '/plan/');
    const rows = plan.querySelectorAll('table[data-tracker] tbody tr');

    it('has one row per commitment, in the order of the open data', () => {
      expect(commitments.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.getAttribute('data-commitment'))).toEqual(commitments.map((c) => c.id));
    });

    it('shows the same title, owner, dates, status and last update as commitments.json', () => {
      for (const [i, c] of commitments.entries()) {
        const cells = rows[i]!.querySelectorAll('th, td');
        expect(clean(cells[0])).toBe(c.title);
        expect(cells[0]!.querySelector('a')!.getAttribute('href')).toBe(`/plan/${c.id}/`);
        expect(clean(cells[1])).toBe(c.owner.name);
        expect(cells[2]!.querySelector('time')!.getAttribute('datetime')).toBe(c.promised);
        expect(cells[3]!.querySelector('time')!.getAttribute('datetime')).toBe(c.due);
        expect(clean(cells[3])).toContain(`day ${c.dueDay} of the plan`);
        expect(clean(cells[4]!.querySelector('.badge'))).toBe(STATUS_LABELS[c.status]);
        if (c.lastUpdate) {
          expect(cells[5]!.querySelector('a')!.getAttribute('href')).toBe(c.lastUpdate.source.path);
          expect(cells[5]!.querySelector('time')!.getAttribute('datetime')).toBe(c.lastUpdate.date);
        } else {
          expect(cells[5]!.querySelector('a')).toBeNull();
        }
      }
    });

    it('links each status a commitment has had to the post that reported it', () => {
      for (const [i, c] of commitments.entries()) {
        const links = rows[i]!.querySelectorAll('ol.evidence a').map((a) => a.getAttribute('href'));
        const sources = new Set(c.history.map((u: { source: { path: string } }) => u.source.path));
        for (const href of links) expect(sources.has(href!), `${c.id}: ${href}`).toBe(true);
        const steps = rows[i]!.querySelectorAll('ol.evidence li').map((li) => li.getAttribute('data-step'));
        if (c.history.length > 0) expect(steps[0]).toBe(c.history[0].status);
        if (c.status === 'overdue') expect(steps.at(-1)).toBe('overdue');
        else if (c.history.length > 0) expect(steps.at(-1)).toBe(c.reportedStatus);
      }
    });

    it('summarises the counts by status, on the tracker and the home page', () => {
      const counts: Record<string, number> = {};
      for (const c of commitments) counts[c.status] = (counts[c.status] ?? 0) + 1;
      for (const doc of [plan, page(dist, '/')]) {
        const shown = Object.fromEntries(
          doc.querySelectorAll('[data-status-summary] li').map((li) => [li.getAttribute('data-status'), Number(clean(li.querySelector('strong')))]),
        );
        for (const [status, n] of Object.entries(shown)) expect(n, status).toBe(counts[status] ?? 0);
        for (const [status, n] of Object.entries(counts)) expect(shown[status], status).toBe(n);
      }
      expect(page(dist, '/').querySelector('[data-status-summary] a[href="/plan/"]')).not.toBeNull();
    });

    it('draws the progress chart as SVG with a title, a description and a table equivalent that ends at today', () => {
      const chart = plan.querySelector('[data-progress-chart]')!;
      const svg = chart.querySelector('svg[role=img]')!;
      expect(clean(svg.querySelector('title'))).not.toBe('');
      expect(svg.getAttribute('aria-labelledby')).toBe('progress-chart-title progress-chart-desc');
      expect(svg.querySelectorAll('path.line').map((p) => p.getAttribute('data-status'))).toEqual(['done', 'in-progress', 'overdue']);
      for (const p of svg.querySelectorAll('path.line')) expect(p.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+/);
      const last = chart.querySelectorAll('table[data-chart-table] tbody tr').at(-1)!;
      expect(last.getAttribute('data-to-day')).toBe('89');
      for (const status of ['done', 'in-progress', 'overdue']) {
        expect(Number(clean(last.querySelector(`td[data-status="${status}"]`))), status).toBe(commitments.filter((c) => c.status === status).length);
      }
      const desc = clean(svg.querySelector('desc'));
      expect(desc).toContain(`${commitments.filter((c) => c.status === 'done').length} done`);
      expect(chart.querySelector('script')).toBeNull();
    });

    it('gives each commitment a page with its whole history as a timeline, and its feed', () => {
      for (const c of commitments) {
        const doc = page(dist, `/plan/${c.id}/`);
        expect(clean(doc.querySelector('h1'))).toBe(c.title);
        expect(clean(doc.querySelector('[data-commitment-facts] .badge'))).toBe(STATUS_LABELS[c.status]);
        const updates = doc.querySelectorAll('[data-timeline] li[data-kind=update]');
        expect(updates.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(c.history.map((u: { date: string }) => u.date));
        expect(updates.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(c.history.map((u: { source: { path: string } }) => u.source.path));
        expect(doc.querySelectorAll('[data-timeline] li[data-kind=overdue]')).toHaveLength(c.status === 'overdue' ? 1 : 0);
        const feed = doc.querySelector(`link[rel=alternate][href="${origin}/plan/${c.id}/rss.xml"]`);
        expect(feed, c.id).not.toBeNull();
        expect(doc.querySelector(`a[href="/plan/${c.id}/rss.xml"]`)).not.toBeNull();
      }
    });
  });

  describe(`open data (${name})`, () => {
    it('publishes CSV files that parse back to the same rows as the JSON', () => {
      const commitments = json(dist, 'data/commitments.json');
      const rows = csvObjects(dist, 'data/commitments.csv');
      expect(rows.map((r) => r.id)).toEqual(commitments.map((c) => c.id));
      for (const [i, c] of commitments.entries()) {
        expect(rows[i]).toMatchObject({
          title: cell(c.title),
          owner_name: c.owner.name,
          due: c.due,
          due_day: String(c.dueDay),
          status: c.status,
          late: String(c.late),
          done_on: c.doneOn ?? '',
          last_update: c.lastUpdate?.date ?? '',
          updates: String(c.history.length),
          url: c.url,
        });
      }
      const history = csvObjects(dist, 'data/status-history.csv');
      expect(history).toEqual(
        commitments.flatMap((c) =>
          c.history.map((u: any) => ({
            commitment: c.id,
            date: u.date,
            status: u.status,
            note: cell(u.note),
            source_title: cell(u.source.title),
            source_url: u.source.url,
          })),
        ),
      );

      const audits = json(dist, 'data/audits.json');
      expect(csvObjects(dist, 'data/findings.csv')).toEqual(
        audits.flatMap((a) =>
          a.findings.map((f: any) => ({
            audit: a.slug,
            auditor: a.auditor,
            finding_id: f.id,
            title: cell(f.title),
            severity: f.severity,
            status: f.status,
            status_date: f.statusDate,
            commitment: f.commitment ?? '',
            audit_url: a.url,
          })),
        ),
      );

      const regions = json(dist, 'data/regions.json');
      expect(csvObjects(dist, 'data/regions.csv')).toEqual(
        regions.map((r) => ({
          id: r.id,
          name: r.name,
          location: r.location,
          data_centers: r.dataCenters.join('; '),
          data_kinds: r.dataKinds.join('; '),
          default: String(r.default),
          opt_out: String(r.optOut),
          since: r.since,
          active: String(r.active),
          longitude: String(r.longitude),
          latitude: String(r.latitude),
          changes: String(r.changes.length),
        })),
      );

      const webinars = json(dist, 'data/webinars.json');
      const webinarRows = csvObjects(dist, 'data/webinars.csv');
      expect(webinarRows.map((w) => [w.slug, w.state, w.start, w.duration_minutes, w.recording_url, w.join_url])).toEqual(
        webinars.map((w) => [w.slug, w.state, w.start, String(w.durationMinutes), w.recordingUrl ?? '', w.joinUrl ?? '']),
      );
    });

    it('documents every file, with a working link, and every field of each record', () => {
      const doc = page(dist, '/data/');
      const files = [
        'commitments.json',
        'commitments.csv',
        'status-history.csv',
        'due-revisions.json',
        'due-revisions.csv',
        'regions.json',
        'regions.csv',
        'audits.json',
        'findings.csv',
        'webinars.json',
        'webinars.csv',
      ];
      for (const file of files) {
        const section = doc.querySelector(`section[data-file="/data/${file}"]`);
        expect(section, file).not.toBeNull();
        expect(section!.querySelector('a[data-file-link]')!.getAttribute('href')).toBe(`/data/${file}`);
        expect(fileForPath(dist, `/data/${file}`), file).toBeDefined();
        const documented = new Set(section!.querySelectorAll('table[data-fields] tbody tr td:first-child').map((td) => clean(td)));
        if (file.endsWith('.csv')) {
          const [header] = parseCsv(text(dist, `data/${file}`)) as string[][];
          expect([...documented]).toEqual(header);
        } else {
          const records = json(dist, `data/${file}`);
          for (const record of records)
            for (const key of Object.keys(record)) {
              const documentedKey = [key, `${key}[]`, `${key}.id`].some((k) => documented.has(k));
              expect(documentedKey, `${file}: ${key}`).toBe(true);
            }
        }
      }
    });

    it('puts no draft or future post in any data file', () => {
      const all = ['commitments.json', 'webinars.json', 'audits.json', 'regions.json', 'status-history.csv'].map((f) => text(dist, `data/${f}`)).join('\n');
      expect(all).not.toContain('draft-letter');
      expect(all).not.toContain('scheduled-letter');
    });
  });

  describe(`data routing (${name})`, () => {
    const regions = json(dist, 'data/regions.json');
    const doc = page(dist, '/data-routing/');

    it('shows every region in the table it belongs to, with the same facts as regions.json', () => {
      const rows = doc.querySelectorAll('table[data-regions] tbody tr');
      expect(rows.map((r) => r.getAttribute('data-region')).sort()).toEqual(regions.map((r) => r.id).sort());
      for (const r of regions) {
        const row = doc.querySelector(`tr[data-region="${r.id}"]`)!;
        expect(clean(row.querySelector('th'))).toBe(r.name);
        expect(clean(row.querySelector('td[data-field=default]'))).toBe(r.default ? 'Yes' : 'No');
        expect(clean(row.querySelector('td[data-field=optOut]'))).toBe(r.optOut ? 'Yes' : 'No');
        expect(row.querySelector('time')!.getAttribute('datetime')).toBe(r.since);
        const inRetired = row.closest('section')!.querySelector('h2')!.getAttribute('id') === 'retired-heading';
        expect(inRetired, r.id).toBe(!r.active);
      }
    });

    it('draws every region on the diagram and lists every announced change', () => {
      const dots = doc.querySelectorAll('[data-region-diagram] g[data-region]');
      expect(dots.map((g) => g.getAttribute('data-region')).sort()).toEqual(regions.map((r) => r.id).sort());
      expect(doc.querySelector('[data-region-diagram] svg desc')).not.toBeNull();
      const changes = doc.querySelectorAll('table[data-region-changes] tbody tr');
      expect(changes).toHaveLength(regions.reduce((n, r) => n + r.changes.length, 0));
      const dates = changes.map((tr) => tr.querySelector('time')!.getAttribute('datetime')!);
      expect([...dates].sort().reverse()).toEqual(dates);
    });
  });

  // The demo's application security audit has findings of every severity.
  if (name === 'demo')
    describe(`an audit's findings (${name})`, () => {
      it('say severity and status in words, as the overview does, and link their commitment', () => {
        const doc = page(dist, '/audits/2026-11-appsec-audit/');
        const rows = doc.querySelectorAll('tbody tr[id^="finding-"]');
        expect(rows.map((tr) => tr.querySelector('.badge')!.text)).toEqual([
          'Critical',
          'High',
          'High',
          'Medium',
          'Medium',
          'Medium',
          'Low',
          'Low',
          'Informational',
        ]);
        expect(new Set(rows.map((tr) => tr.querySelectorAll('td')[3]!.text))).toEqual(new Set(['Fixed', 'In progress', 'Accepted risk', 'Open']));
        expect(doc.querySelector('tbody tr[id^="finding-"] a[href^="/plan/"]')?.text).toBe('commitment');
      });
    });

  describe(`audits overview (${name})`, () => {
    it('totals findings across audits by severity and status, as audits.json says', () => {
      const audits = json(dist, 'data/audits.json');
      const findings = audits.flatMap((a) => a.findings);
      const doc = page(dist, '/audits/');
      for (const severity of ['critical', 'high', 'medium', 'low', 'informational']) {
        const row = doc.querySelector(`table[data-findings-totals] tr[data-severity="${severity}"]`)!;
        for (const status of ['open', 'in-progress', 'fixed', 'accepted-risk']) {
          const n = findings.filter((f: any) => f.severity === severity && f.status === status).length;
          expect(Number(clean(row.querySelector(`td[data-status="${status}"]`))), `${severity}/${status}`).toBe(n);
          const bar = doc.querySelector(`[data-audit-overview] svg g[data-severity="${severity}"] rect[data-status="${status}"]`);
          expect(bar === null, `${severity}/${status} bar`).toBe(n === 0);
        }
      }
      expect(Number(clean(doc.querySelector('tr[data-severity=total] td[data-status=total]')))).toBe(findings.length);
      expect(doc.querySelectorAll('table[data-audits] tbody tr')).toHaveLength(audits.length);
    });
  });
}

describe('the overdue rule (fixture: e2ee due 2026-11-27, last reported in progress, now 2026-11-28)', () => {
  const e2ee = json(fixture, 'data/commitments.json').find((c) => c.id === 'e2ee')!;

  it('marks the commitment overdue in the data, the tracker and its page', () => {
    expect(e2ee).toMatchObject({ status: 'overdue', reportedStatus: 'in-progress', due: '2026-11-27', late: false });
    const row = page(fixture, '/plan/').querySelector('tr[data-commitment=e2ee]')!;
    expect(row.getAttribute('data-status')).toBe('overdue');
    expect(clean(row.querySelector('.badge'))).toBe('Overdue');
    expect(clean(page(fixture, '/plan/e2ee/').querySelector('[data-commitment-facts] .badge'))).toBe('Overdue');
  });

  it('keeps a commitment that was done on time as done', () => {
    const defaults = json(fixture, 'data/commitments.json').find((c) => c.id === 'safer-defaults')!;
    expect(defaults).toMatchObject({ status: 'done', late: false, doneOn: '2026-09-11T17:00:00.000Z' });
  });
});

describe('webinars overview (fixture)', () => {
  const doc = page(fixture, '/webinars/');

  it('lists the upcoming webinar with its own zone and UTC, a calendar file and the join link', () => {
    const card = doc.querySelector('[data-webinars-upcoming] [data-webinar=week-14-upcoming]')!;
    const words = clean(card);
    expect(words).toMatch(/December 3, 2026.*09:00 PST/);
    expect(words).toMatch(/17:00 UTC/);
    expect(card.querySelector('a[href="/webinars/week-14-upcoming.ics"]')).not.toBeNull();
    expect(card.querySelector('a[href="https://video.fixture.example/join/14"]')).not.toBeNull();
  });

  it('lists the past webinar with its recording, duration, presenters and questions', () => {
    const row = doc.querySelector('[data-webinars-past] tr[data-webinar=week-1-live]')!;
    expect(row.querySelector('a[href="https://video.fixture.example/webinar-1"]')).not.toBeNull();
    expect(clean(row.querySelector('td[data-field=duration]'))).toBe('45 minutes');
    expect(clean(row)).toContain('Ada Fixture, Ben Fixture');
    expect(row.querySelector('a[href="/webinars/week-1-live/#questions-heading"]')).not.toBeNull();
    expect(doc.querySelector('[data-webinars-upcoming] [data-webinar=week-1-live]')).toBeNull();
  });

  it('agrees with webinars.json on which webinars are upcoming', () => {
    const webinars = json(fixture, 'data/webinars.json');
    expect(webinars.filter((w) => w.state === 'upcoming').map((w) => w.slug)).toEqual(['week-14-upcoming']);
    expect(webinars.find((w) => w.slug === 'week-1-live')).toMatchObject({
      state: 'past',
      durationMinutes: 45,
      recordingUrl: 'https://video.fixture.example/webinar-1',
    });
  });
});

describe('kind index overviews', () => {
  it('appear on the first page of a kind only', () => {
    expect(page(demo, '/webinars/').querySelector('[data-webinars-upcoming]')).not.toBeNull();
    expect(page(demo, '/webinars/2/').querySelector('[data-webinars-upcoming]')).toBeNull();
    expect(page(demo, '/progress/').querySelector('[data-webinars-upcoming], [data-audit-overview]')).toBeNull();
  });
});

describe('corrections', () => {
  it('lists every correction, newest first, linked to the corrected post, with its feed', () => {
    const doc = page(fixture, '/corrections/');
    const items = doc.querySelectorAll('[data-corrections] li');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('/progress/week-2/');
    expect(clean(items[0])).toContain('the right number is 34');
    expect(doc.querySelector('a[href="/corrections/rss.xml"]')).not.toBeNull();
    expect(doc.querySelector(`link[rel=alternate][href="${origin}/corrections/rss.xml"]`)).not.toBeNull();
  });

  it('shows the demo corrections newest first', () => {
    const dates = page(demo, '/corrections/')
      .querySelectorAll('[data-corrections] li time')
      .map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('security.txt and the security page', () => {
  for (const [name, dist] of [
    ['fixture', fixture],
    ['demo', demo],
  ] as const) {
    it(`follows RFC 9116 with an expiry in the future (${name})`, () => {
      const body = text(dist, '.well-known/security.txt');
      const fields = body
        .trim()
        .split('\n')
        .map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]);
      const get = (name: string) => fields.filter(([k]) => k === name).map(([, v]) => v);
      expect(get('Contact')).toContain(site.securityContact);
      expect(get('Expires')).toHaveLength(1);
      const expires = new Date(get('Expires')[0]!);
      expect(get('Expires')[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(expires.getTime()).toBeGreaterThan(new Date(TEST_NOW).getTime());
      expect(expires.getTime() - new Date(TEST_NOW).getTime()).toBeLessThan(365 * 86_400_000);
      expect(get('Canonical')).toEqual([`${origin}/.well-known/security.txt`]);
      expect(get('Policy')).toEqual([`${origin}/security/`]);
      expect(get('Preferred-Languages')).toEqual(['en']);
      expect(fileForPath(dist, pathOf(get('Policy')[0]!))).toBeDefined();
    });
  }

  it('explains how to report, linking to the contact address', () => {
    const doc = page(demo, '/security/');
    expect(doc.querySelector(`a[href="${site.securityContact}"]`)).not.toBeNull();
    expect(doc.querySelector('#scope')).not.toBeNull();
    expect(doc.querySelector('a[href="/.well-known/security.txt"]')).not.toBeNull();
  });
});

describe('advisory board', () => {
  it('lists the advisors from people.yaml and no one else', () => {
    const ids = page(fixture, '/advisory-board/')
      .querySelectorAll('[data-advisors] [data-person]')
      .map((li) => li.getAttribute('data-person'));
    expect(ids).toEqual(['advisor']);
    const demoIds = page(demo, '/advisory-board/')
      .querySelectorAll('[data-advisors] [data-person]')
      .map((li) => li.getAttribute('data-person'));
    expect(demoIds).toContain('hana-sato');
    expect(demoIds).not.toContain('maya-okafor');
  });
});

/** The commits git knows for a file, newest first (empty when untracked or outside git). */
function gitHashes(file: string): string[] {
  try {
    return execFileSync('git', ['log', '--format=%H', '-M', '--', file], { cwd: root, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

describe('revision history', () => {
  const cases = [
    ['demo', demo, '/statements/apology/', 'content/statements/apology.mdx'],
    ['demo', demo, '/progress/week-1/', 'content/progress/week-1.mdx'],
    ['fixture', fixture, '/progress/week-2/', 'tests/fixtures/site/progress/week-2.mdx'],
  ] as const;
  for (const [name, dist, path, file] of cases) {
    it(`lists the commits that touched ${file} (${name}), linked to the repository`, () => {
      const expected = gitHashes(file);
      const section = page(dist, path).querySelector('[data-revision-history]');
      if (expected.length === 0) {
        expect(section).toBeNull();
        return;
      }
      const items = section!.querySelectorAll('li');
      expect(items.map((li) => li.getAttribute('data-commit'))).toEqual(expected);
      for (const [i, li] of items.entries()) {
        expect(li.querySelector('a')!.getAttribute('href')).toBe(`${site.repositoryUrl}/commit/${expected[i]}`);
        expect(li.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
    });
  }
});

describe('a build without git history', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('succeeds and omits the History section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-nogit-'));
    dirs.push(dir);
    cpSync(join(root, 'tests', 'fixtures', 'site'), dir, { recursive: true });
    const run = await runAstro('build', { name: 'trust-nogit', contentDir: relative(root, dir) });
    expect(run.code, run.output).toBe(0);
    const post = readPage(run.outDir, fileForPath(run.outDir, '/progress/week-2/')!);
    expect(post.querySelector('h1')).not.toBeNull();
    expect(post.querySelector('[data-revision-history]')).toBeNull();
    expect(post.querySelector('#history-heading')).toBeNull();
  });
});
