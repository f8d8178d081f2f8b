/**
 * The record in the built demo: the e2ee slip (27 November → 18 December, announced in week 13)
 * as history on the plan, the commitment page, the open data and the calendar; the demo's
 * edits on /changes/, its pages and feed, the edits of its translations among them; and, in the fixture, no draft or scheduled post in
 * any changes view although both were edited after the ledger start.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { root, runAstro } from '../helpers/build';
import { fileForPath, listPages } from '../../scripts/lib/dist-files';
import { clean, page } from '../helpers/built-page';

const demo = inject('demoDist');
const fixture = inject('fixtureDist');

const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const REASON =
  'We will not release before Kestrel Cryptography Review has re-reviewed the fix for the key-rotation flaw (KCR-01); the re-review runs until 11 December.';

describe('the e2ee slip as a record (demo, now 2026-11-28)', () => {
  it('shows the current and the original due date and the slip on /plan/, judged against the new date', () => {
    const row = page(demo, '/plan/').querySelector('tr[data-commitment=e2ee]')!;
    const due = row.querySelectorAll('td')[2]!;
    expect(due.querySelector('time')!.getAttribute('datetime')).toBe('2026-12-18');
    expect(due.querySelector('[data-original-due]')!.getAttribute('data-original-due')).toBe('2026-11-27');
    expect(clean(due.querySelector('[data-slip-summary]'))).toBe('slipped once, +21 days');
    expect(row.getAttribute('data-status')).toBe('in-progress');
    expect(clean(row.querySelector('[data-past-original]'))).toBe('past its original due date');
  });

  it('lists the revision on the commitment page: announced on, old → new, reason, link to the post', () => {
    const doc = page(demo, '/plan/e2ee/');
    const section = doc.querySelector('[data-due-revisions]')!;
    expect(section.querySelector('[data-original-due]')!.getAttribute('datetime')).toBe('2026-11-27');
    expect(section.querySelector('[data-current-due]')!.getAttribute('datetime')).toBe('2026-12-18');
    const rows = section.querySelectorAll('[data-revisions] tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.getAttribute('data-from')).toBe('2026-11-27');
    expect(rows[0]!.getAttribute('data-to')).toBe('2026-12-18');
    expect(rows[0]!.querySelector('th time')!.getAttribute('datetime')).toBe('2026-11-27T18:00:00.000Z');
    expect(clean(rows[0]!)).toContain(REASON);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('/progress/week-13/');
    expect(doc.querySelectorAll('[data-timeline] li[data-kind=revision]')).toHaveLength(1);
    expect(doc.querySelectorAll('[data-timeline] li[data-kind=overdue]')).toHaveLength(0);
  });

  it('publishes the revision in the open data, documented on /data/', () => {
    const e2ee = (JSON.parse(read(demo, 'data/commitments.json')) as Record<string, any>[]).find((c) => c.id === 'e2ee')!;
    expect(e2ee).toMatchObject({ due: '2026-12-18', originalDue: '2026-11-27', pastOriginalDue: true, status: 'in-progress', withdrawn: null });
    expect(parseCsv(read(demo, 'data/due-revisions.csv'))).toEqual([
      ['commitment', 'announced', 'from', 'to', 'days', 'reason', 'source_title', 'source_url'],
      [
        'e2ee',
        '2026-11-27T18:00:00.000Z',
        '2026-11-27',
        '2026-12-18',
        '21',
        REASON,
        'Week 13: we missed the encryption date. Here is the new one',
        'http://localhost:4321/progress/week-13/',
      ],
    ]);
    expect(JSON.parse(read(demo, 'data/due-revisions.json'))).toEqual([
      {
        commitment: 'e2ee',
        announced: '2026-11-27T18:00:00.000Z',
        from: '2026-11-27',
        to: '2026-12-18',
        days: 21,
        reason: REASON,
        source: {
          title: 'Week 13: we missed the encryption date. Here is the new one',
          path: '/progress/week-13/',
          url: 'http://localhost:4321/progress/week-13/',
        },
      },
    ]);
    for (const file of ['due-revisions.json', 'due-revisions.csv']) {
      expect(page(demo, '/data/').querySelector(`section[data-file="/data/${file}"]`), file).not.toBeNull();
    }
  });

  it('puts every commitment in /plan.ics on its current due date; the slipped one has SEQUENCE 1', () => {
    const calendar = new ICAL.Component(ICAL.parse(read(demo, 'plan.ics')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(9);
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    const e2ee = byUid.get('commitment-e2ee@localhost')!;
    expect(String(e2ee.getFirstPropertyValue('dtstart'))).toBe('2026-12-18');
    expect(e2ee.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(e2ee.getFirstPropertyValue('description'))).toContain('Originally due: November 27, 2026');
    const freeze = byUid.get('commitment-feature-freeze@localhost')!;
    expect(String(freeze.getFirstPropertyValue('dtstart'))).toBe('2026-09-04');
    expect(freeze.getFirstPropertyValue('sequence')).toBe(0);
  });
});

describe('every edit shown (demo)', () => {
  const list = page(demo, '/changes/').querySelectorAll('[data-changes] > li');
  /** The commit that added "What you should do" actions to five published demo posts (issue 16). */
  const actionsCommit =
    "What you should do: recommended actions per audience in a post's front matter (audience from a fixed list, optional until), shown first on the post and in its feed item, and /actions/ listing the current ones newest first and the expired ones apart; demo actions on the apology and progress weeks 2, 7, 9, 13; PUBLISHING.md";

  /** The commit that edited four published demo translations (issue 16). */
  const translationLinksCommit =
    "Commitment links in translated posts go to the commitment's page in that language; the demo translations link the plan in their language; README and PUBLISHING say every page exists in every language and how to add one; the about page's points as a list";

  it('lists the demo edits on /changes/, newest first, with the minor one labelled', () => {
    expect(list.map((li) => li.getAttribute('data-file'))).toEqual([
      '/changes/data/regions/',
      '/changes/progress/week-11/',
      '/changes/progress/week-13/',
      '/changes/progress/week-13/',
      '/changes/statements/apology.de/',
      '/changes/statements/apology.es/',
      '/changes/webinars/2026-12-03-after-90-days.de/',
      '/changes/webinars/2026-12-03-after-90-days.es/',
      '/changes/progress/week-13/',
      '/changes/progress/week-2/',
      '/changes/progress/week-7/',
      '/changes/progress/week-9/',
      '/changes/statements/apology/',
    ]);
    expect(list.map((li) => li.getAttribute('data-minor') ?? '')).toEqual(['', 'true', '', '', '', '', '', '', '', '', '', '', '']);
    expect(list.map((li) => li.getAttribute('data-lang') ?? '')).toEqual(['', '', '', '', 'de', 'es', 'de', 'es', '', '', '', '', '']);
    expect(clean(list[0]!)).toContain('eu-central.dataCenters: Frankfurt FRA-2 → Frankfurt FRA-2, Frankfurt FRA-3');
    expect(clean(list[3]!)).toContain('updates.e2ee.due: added 2026-12-18');
  });

  it("lists an edit of a published translation under the translation's title, marked with its language, linked to its own changes page", () => {
    const spanish = list[5]!;
    expect(spanish.querySelector('a span[lang=es]')!.text).toBe('Rompimos su confianza. Esto es lo que pasó y lo que vamos a hacer');
    expect(clean(spanish.querySelector('[data-translation-lang]'))).toBe('(version in Spanish)');
    expect(spanish.querySelector('a')!.getAttribute('href')).toBe('/changes/statements/apology.es/#r-1e8f07873227');
    const german = page(demo, '/es/changes/').querySelectorAll('[data-changes] > li')[4]!;
    expect(german.querySelector('a span[lang=de]')!.text).toBe('Wir haben Ihr Vertrauen gebrochen. Was passiert ist und was wir tun werden');
    expect(clean(german.querySelector('[data-translation-lang]'))).toBe('(versión en alemán)');
  });

  it("shows a translation's edit as a word diff in its language, linked to the translation, and links to it from the translated post", () => {
    const doc = page(demo, '/changes/statements/apology.es/');
    expect(clean(doc.querySelector('h1'))).toBe('Changes to “Rompimos su confianza. Esto es lo que pasó y lo que vamos a hacer” (version in Spanish)');
    expect(doc.querySelector('h1 span[lang=es]')!.text).toBe('Rompimos su confianza. Esto es lo que pasó y lo que vamos a hacer');
    // In Spanish the translation's title needs no mark, the original's English title does; an English page's heading is plain text.
    expect(page(demo, '/es/changes/statements/apology.es/').querySelector('h1 span')).toBeNull();
    expect(page(demo, '/es/changes/statements/apology/').querySelector('h1 span[lang=en]')!.text).toBe(
      'We broke your trust. Here is what happened and what we will do',
    );
    expect(page(demo, '/changes/statements/apology/').querySelector('h1')!.toString()).toBe(
      '<h1>Changes to “We broke your trust. Here is what happened and what we will do”</h1>',
    );
    const source = doc.querySelector('[data-source-link]')!;
    expect([source.getAttribute('href'), source.getAttribute('hreflang')]).toEqual(['/es/statements/apology/', 'es']);
    const changes = doc.querySelectorAll('article[data-change]');
    expect(changes.map((c) => c.getAttribute('data-change'))).toEqual(['1e8f07873227d6c03c468f57390b13e2549afa30']);
    const diff = changes[0]!.querySelector('.diff-text')!;
    expect(diff.getAttribute('lang')).toBe('es');
    expect(diff.querySelectorAll('ins').map((i) => clean(i))).toEqual(['inserted: es/ end of insertion']);
    expect(diff.querySelectorAll('ins .visually-hidden').map((s) => s.getAttribute('lang'))).toEqual(['en', 'en']);
    expect(clean(changes[0]!.querySelector('.meta'))).toContain('1 word inserted, 0 deleted');
    expect(clean(page(demo, '/de/changes/webinars/2026-12-03-after-90-days.es/').querySelector('h1'))).toBe(
      'Änderungen an „Después de 90 días: un repaso de todo el plan“ (Fassung auf Spanisch)',
    );
    expect(page(demo, '/es/statements/apology/').querySelector('[data-changes-link] a')!.getAttribute('href')).toBe('/es/changes/statements/apology.es/');
    // The original's own changes page holds only the original's edits.
    expect(page(demo, '/changes/statements/apology/').querySelectorAll('article[data-change]')).toHaveLength(1);
  });

  it('shows both edits of week 13 with the words inserted and deleted, marked in text as well', () => {
    const doc = page(demo, '/changes/progress/week-13/');
    const changes = doc.querySelectorAll('article[data-change]');
    expect(changes).toHaveLength(3);
    const [correction, revision, actions] = changes;
    expect(actions!.querySelectorAll('[data-field-changes] li').map((li) => li.getAttribute('data-path'))).toEqual([
      'actions.1.audience',
      'actions.1.text',
      'actions.1.until',
    ]);
    expect(correction!.querySelectorAll('ins').map((i) => clean(i))).toContain('inserted: keeps 27 November end of insertion');
    expect(correction!.querySelectorAll('del').map((d) => clean(d))).toContain('deleted: overdue end of deletion');
    expect(revision!.querySelector('[data-text-diff]')).toBeNull();
    expect(revision!.querySelectorAll('[data-field-changes] li').map((li) => li.getAttribute('data-path'))).toEqual([
      'updates.e2ee.due',
      'updates.e2ee.reason',
    ]);
    for (const change of changes) {
      const hash = change.getAttribute('data-change')!;
      expect(change.querySelector('a[rel=external]')!.getAttribute('href')).toBe(`https://github.com/brightwell/trust-center/commit/${hash}`);
    }
    expect(page(demo, '/progress/week-13/').querySelector('[data-changes-link] a')!.getAttribute('href')).toBe('/changes/progress/week-13/');
  });

  it('publishes the changes as an RSS feed with the same items', () => {
    const feed = new XMLParser().parse(read(demo, 'changes/rss.xml'));
    const items = [feed.rss.channel.item].flat();
    expect(items.map((i: { title: string }) => i.title)).toEqual([
      'regions.yaml: Regions: EU Central (Frankfurt) adds the FRA-3 data center',
      "Week 11: four guides published, and the encryption review's main phase ends: Week 11: wording (Minor edit)",
      'Week 13: we missed the encryption date. Here is the new one: Week 13: correct what the tracker shows for a missed date (past the original date, not overdue)',
      'Week 13: we missed the encryption date. Here is the new one: Week 13: record the new encryption date as a revision (27 November → 18 December, with the reason) instead of prose only',
      `Wir haben Ihr Vertrauen gebrochen. Was passiert ist und was wir tun werden (version in German): ${translationLinksCommit}`,
      `Rompimos su confianza. Esto es lo que pasó y lo que vamos a hacer (version in Spanish): ${translationLinksCommit}`,
      `Nach 90 Tagen: ein Rückblick auf den ganzen Plan (version in German): ${translationLinksCommit}`,
      `Después de 90 días: un repaso de todo el plan (version in Spanish): ${translationLinksCommit}`,
      `Week 13: we missed the encryption date. Here is the new one: ${actionsCommit}`,
      `Week 2: passwords everywhere for new meetings, and an auditor signed: ${actionsCommit}`,
      `Week 7: admins now choose where their meetings go, one day late: ${actionsCommit}`,
      `Week 9: the encryption review found a key-rotation bug. We have stopped the rollout: ${actionsCommit}`,
      `We broke your trust. Here is what happened and what we will do: ${actionsCommit}`,
    ]);
  });
});

describe('drafts and scheduled posts (fixture)', () => {
  it('appear in no changes view, although both were edited after the ledger start', () => {
    const pages = listPages(fixture).filter((p) => p.startsWith('changes/'));
    expect(pages.some((p) => /draft-letter|scheduled-letter/.test(p))).toBe(false);
    expect(read(fixture, 'changes/index.html')).not.toMatch(/draft-letter|scheduled-letter|Secret draft letter|Scheduled future letter/i);
    expect(read(fixture, 'changes/rss.xml')).not.toMatch(/draft-letter|scheduled-letter/);
  });

  it('appear in no output with their translations, although each translation was edited after the ledger start', () => {
    // The precondition, from the repository's history: two commits of each translation after the fixture's ledger start.
    for (const file of ['statements/draft-letter.es.mdx', 'statements/scheduled-letter.de.mdx']) {
      const dates = execFileSync('git', ['log', '--format=%cI', '--', join('tests', 'fixtures', 'site', file)], { cwd: root, encoding: 'utf8' })
        .trim()
        .split('\n');
      expect(dates.filter((d) => Date.parse(d) > Date.parse('2026-11-30T00:00:00Z')).length, file).toBeGreaterThanOrEqual(2);
    }
    const pages = listPages(fixture);
    expect(pages.filter((p) => /draft-letter|scheduled-letter/.test(p))).toEqual([]);
    const text = pages
      .filter((p) => p.startsWith('changes/') || p.startsWith('es/') || p.startsWith('de/'))
      .map((p) => read(fixture, p))
      .concat(read(fixture, 'changes/rss.xml'), read(fixture, 'es/rss.xml'), read(fixture, 'de/rss.xml'))
      .join('\n');
    for (const words of ['xyloborrador', 'xyloentwurf', 'Carta secreta en borrador', 'Geplanter Brief aus der Zukunft']) expect(text).not.toContain(words);
  });
});

describe('a silent edit of a published promise (a real build)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('stops the build naming the commitment, the values, the commit and the fix', async () => {
    const repo = realpathSync(mkdtempSync(join(tmpdir(), 'ledger-build-')));
    dirs.push(repo);
    cpSync(join(root, 'tests', 'fixtures', 'site'), join(repo, 'content'), { recursive: true });
    const git = (args: string[], date: string) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@x',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@x',
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
      });
    git(['init', '-q', '-b', 'main'], '2026-11-29T10:00:00Z');
    git(['add', '-A'], '2026-11-29T10:00:00Z');
    git(['commit', '-q', '-m', 'Site goes public'], '2026-11-29T10:00:00Z');
    const file = join(repo, 'content', 'commitments.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Real end-to-end encryption', 'title: End-to-end encryption (beta)'));
    git(['commit', '-q', '-am', 'Retitle e2ee'], '2026-12-01T09:00:00Z');
    const hash = git(['rev-parse', '--short=7', 'HEAD'], '2026-12-01T09:00:00Z').trim();
    const run = await runAstro('build', { name: 'ledger-silent-edit', contentDir: relative(root, join(repo, 'content')) });
    expect(run.code).not.toBe(0);
    const output = run.output.replace(/\s+/g, ' ');
    expect(output).toContain('Promise ledger: 1 published promise was changed without a record.');
    expect(output).toContain(
      `e2ee.title commitment "e2ee": title was published as "Real end-to-end encryption" and is now "End-to-end encryption (beta)", changed by commit ${hash} (2026-12-01, “Retitle e2ee”) with no revision record.`,
    );
    expect(output).toContain('put back title: "Real end-to-end encryption"');
    expect(fileForPath(run.outDir, '/plan/')).toBeUndefined();
  }, 180_000);
});
