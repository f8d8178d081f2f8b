/**
 * A site that has just started: one statement, no commitments, no regions, no webinar, no
 * audit, no progress update, no advisory board (tests/fixtures/minimal-site). Every page
 * says so in plain words, draws no empty chart or map, and every feed, calendar and data file
 * still parses. One build, on day 89 of the plan.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro, type AstroRun } from '../helpers/build';
import { siteSoundnessProblems } from '../helpers/site-soundness';
import { fileForPath, readPage } from '../../scripts/lib/dist-files';

let build: AstroRun;
const page = (path: string) => readPage(build.outDir, fileForPath(build.outDir, path)!);
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const feed = (path: string) => parseFeed(readFileSync(join(build.outDir, path), 'utf8'));

beforeAll(async () => {
  build = await runAstro('build', { name: 'minimal-site', contentDir: 'tests/fixtures/minimal-site' });
  if (build.code !== 0) throw new Error(`the minimal site failed to build:\n${build.output}`);
}, 300_000);

describe('a site with one post and nothing else', () => {
  it('has no page with NaN or undefined, and every feed, calendar and data file parses', async () => {
    expect(await siteSoundnessProblems(build.outDir)).toEqual([]);
  });

  it('says where the plan stands and that there are no commitments yet, without a chart', () => {
    const home = page('/');
    expect(text(home.querySelector('[data-plan-phase]'))).toBe('1 day left: the plan ends on November 29, 2026.');
    expect(text(home.querySelector('[data-status-summary] [data-empty]'))).toBe('No commitments yet.');
    const plan = page('/plan/');
    expect(text(plan.querySelector('[data-progress-chart]'))).toBe('Nothing to draw yet: the chart begins with the first commitment.');
    expect(plan.querySelector('[data-progress-chart] svg')).toBeNull();
    expect(plan.querySelector('[data-tracker]')).toBeNull();
    expect(plan.querySelectorAll('[data-empty]').map((el) => text(el))).toEqual([
      'No commitments yet.',
      'Nothing to draw yet: the chart begins with the first commitment.',
      'No commitments have been published yet. Each promise of the plan will be listed here with its owner, due date, status and evidence.',
    ]);
  });

  it('says so where there is no webinar, audit, region, board member or topic yet', () => {
    expect(text(page('/webinars/').querySelector('main'))).toContain('No webinar is scheduled right now.');
    expect(text(page('/audits/').querySelector('main'))).toContain('No audit results have been published yet.');
    expect(text(page('/progress/').querySelector('main'))).toContain('Nothing has been published here yet.');
    const routing = page('/data-routing/');
    expect(routing.querySelector('[data-region-diagram]')).toBeNull();
    expect(text(routing.querySelector('[data-empty]'))).toBe('No region has been disclosed yet.');
    expect(text(page('/advisory-board/').querySelector('[data-empty]'))).toBe('No advisory board member has been named yet.');
    expect(text(page('/tags/').querySelector('[data-empty]'))).toBe('No post carries a topic yet.');
  });

  it('publishes feeds with the one post, and empty feeds that a reader can still parse', () => {
    expect(feed('rss.xml').items.map((i) => i.title)).toEqual(['We are sorry']);
    expect(feed('atom.xml').items.map((i) => i.title)).toEqual(['We are sorry']);
    expect(JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')).items.map((i: { title: string }) => i.title)).toEqual(['We are sorry']);
    for (const path of ['webinars/rss.xml', 'audits/rss.xml', 'progress/rss.xml', 'changes/rss.xml', 'corrections/rss.xml']) {
      const parsed = feed(path);
      expect(parsed.items, path).toEqual([]);
      expect(parsed.title, path).toBeTruthy();
    }
    expect(JSON.parse(readFileSync(join(build.outDir, 'data', 'commitments.json'), 'utf8'))).toEqual([]);
  });
});
