/**
 * The plan at the edges of time, in built pages: on the evening of its last day in the
 * company's zone (already the next day in UTC) it still runs and a commitment due that day
 * is still on time; from day 91 on, the summary, the chart legend and the rows agree.
 * Two builds of a copy of the fixture with one more commitment, due on the plan's last day.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runAstro } from '../helpers/build';
import { fileForPath, readPage } from '../../scripts/lib/dist-files';

const content = mkdtempSync(join(tmpdir(), 'plan-edges-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));

/** Text of an element, whitespace collapsed. */
const text = (el: HTMLElement | null) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

/** What a built site shows about the plan. */
function plan(dist: string) {
  const page = (path: string) => readPage(dist, fileForPath(dist, path)!);
  const tracker = page('/plan/');
  const summary = (doc: HTMLElement) =>
    Object.fromEntries(
      doc.querySelectorAll('[data-status-summary] li').map((li) => [li.getAttribute('data-status'), Number(text(li.querySelector('strong')))]),
    );
  const legend = Object.fromEntries(
    tracker
      .querySelectorAll('[data-progress-chart] .legend li')
      .map((li) => [li.querySelector('path')!.getAttribute('class')!.replace('line line-', ''), Number(text(li.querySelector('strong')))]),
  );
  const rows = Object.fromEntries(
    tracker.querySelectorAll('tr[data-commitment]').map((tr) => [tr.getAttribute('data-commitment'), tr.getAttribute('data-status')]),
  );
  const lastRange = tracker.querySelectorAll('[data-chart-table] tbody tr').at(-1)?.getAttribute('data-to-day');
  const home = page('/');
  /** The sentence, the tally and the open commitments with their due dates, as a page shows them. */
  const standing = (doc: HTMLElement) => ({
    phase: doc.querySelector('[data-plan-phase]')?.getAttribute('data-plan-phase'),
    words: text(doc.querySelector('[data-plan-phase]')),
    tally: text(doc.querySelector('[data-plan-tally] [data-tally]')),
    open: doc.querySelectorAll('[data-open-commitments] li').map((li) => text(li)),
  });
  return {
    day: text(home.querySelector('.plan-day strong')),
    home: summary(home),
    tracker: summary(tracker),
    legend,
    rows,
    lastRange,
    homeStanding: standing(home),
    trackerStanding: standing(tracker),
  };
}

const builds: Record<'lastEvening' | 'day91', ReturnType<typeof plan>> = {} as never;

beforeAll(async () => {
  cpSync(join(root, 'tests', 'fixtures', 'site'), content, { recursive: true });
  appendFileSync(
    join(content, 'commitments.yaml'),
    '- id: advisory-board\n  title: Advisory board\n  summary: Name the board.\n  promised: 2026-09-01\n  due: 2026-11-29\n  owner: ceo\n  category: security\n',
  );
  const week2 = join(content, 'progress', 'week-2.mdx');
  writeFileSync(
    week2,
    readFileSync(week2, 'utf8').replace('updates:\n', 'updates:\n  - commitment: advisory-board\n    status: in-progress\n    note: Invitations sent.\n'),
  );
  const at = { lastEvening: '2026-11-30T03:00:00Z', day91: '2026-11-30T20:00:00Z' };
  for (const [key, now] of Object.entries(at) as [keyof typeof at, string][]) {
    const run = await runAstro('build', { name: `plan-edges-${key}`, contentDir: relative(root, content), env: { SITE_NOW: now } });
    if (run.code !== 0) throw new Error(`the ${key} build failed:\n${run.output}`);
    builds[key] = plan(run.outDir);
  }
}, 600_000);

describe('the plan in built pages', () => {
  it('still runs on the evening of its last day in California (already 30 November in UTC), with the last-day commitment on time', () => {
    const b = builds.lastEvening;
    expect(b.day).toBe('Day 90 of 90');
    expect(b.rows).toEqual({ 'safer-defaults': 'done', 'bug-bounty': 'overdue', 'advisory-board': 'in-progress', e2ee: 'overdue' });
    expect(b.home).toEqual({ done: 1, 'in-progress': 1, overdue: 2 });
    expect(b.tracker).toEqual(b.home);
    expect(b.legend).toEqual({ done: 1, 'in-progress': 1, overdue: 2 });
    expect(b.lastRange).toBe('90');
    expect(b.homeStanding).toEqual({ phase: 'last-day', words: "Today, November 29, 2026, is the last of the plan's 90 days.", tally: '', open: [] });
    expect(b.trackerStanding).toEqual(b.homeStanding);
  });

  it('on day 91 has ended, and the summary, the chart legend and the rows agree', () => {
    const b = builds.day91;
    expect(b.day).toBe('The 90-day plan has ended.');
    expect(b.rows).toEqual({ 'safer-defaults': 'done', 'bug-bounty': 'overdue', 'advisory-board': 'overdue', e2ee: 'overdue' });
    expect(b.home).toEqual({ done: 1, overdue: 3 });
    expect(b.tracker).toEqual(b.home);
    expect(b.legend).toEqual({ done: 1, 'in-progress': 0, overdue: 3 });
    expect(b.lastRange).toBe('91');
    expect(b.homeStanding).toEqual({
      phase: 'after',
      words: 'The 90-day plan ended on November 29, 2026, 1 day ago.',
      tally: '1 of 4 commitments done, 3 still open.',
      open: [
        'Expanded bug bounty Overdue due October 1, 2026',
        'Real end-to-end encryption Overdue due November 27, 2026',
        'Advisory board Overdue due November 29, 2026',
      ],
    });
    expect(b.trackerStanding).toEqual(b.homeStanding);
  });
});
