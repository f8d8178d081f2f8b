/**
 * The search index a build writes: only posts are indexed, with their transcripts, answers,
 * findings and routing tables as text, without navigation or other furniture; filters and
 * metadata per post; nothing from drafts or scheduled posts; and a build fails when
 * Pagefind fails.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages, pathOfFile, readPage } from '../../scripts/lib/dist-files';
import { bundleText, readFragments, type PagefindFragment } from '../helpers/pagefind-bundle';
import { runAstro, runsDir } from '../helpers/build';
import { strings } from '../../src/i18n/ui';
import { UNUSED_BUNDLE_FILES } from '../../src/integrations/pagefind';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');
/** A post page: /<kind>/<slug>/, where a number is a page of the kind's index instead. */
const t = strings('en');
// A post page, or a translated post page under its language (/es/statements/apology/).
const POST_URL = /^\/((es|de)\/)?(statements|progress|webinars|routing|audits|guides)\/(?!\d+\/$)[^/]+\/$/;

/** The fragment of one page, failing clearly when it is not indexed. */
function fragment(fragments: PagefindFragment[], url: string): PagefindFragment {
  const found = fragments.find((f) => f.url === url);
  if (!found) throw new Error(`${url} is not in the search index; indexed: ${fragments.map((f) => f.url).join(', ')}`);
  return found;
}

describe.each([
  ['fixture', fixture],
  ['demo', demo],
])('the search bundle of the %s site', (_name, dist) => {
  const fragments = readFragments(dist);
  const urls = fragments.map((f) => f.url).sort();
  const postPages = listPages(dist)
    .map(pathOfFile)
    .filter((p) => POST_URL.test(p))
    .sort();

  it('is written to <outDir>/pagefind/ with the browser API, its worker and the WebAssembly', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
      expect(existsSync(join(dist, 'pagefind', file)), file).toBe(true);
    }
  });

  it('does not publish Pagefind’s ready-made interfaces, which no page uses', () => {
    expect(UNUSED_BUNDLE_FILES.length).toBeGreaterThan(0);
    for (const file of UNUSED_BUNDLE_FILES) expect(existsSync(join(dist, 'pagefind', file)), file).toBe(false);
    const html = listPages(dist)
      .map((p) => readPage(dist, p).toString())
      .join('\n');
    expect(html).not.toMatch(/pagefind-(ui|modular-ui|component-ui|highlight)\./);
  });

  it('indexes every post page and nothing else (no home, kind index, tag, archive or search page)', () => {
    expect(postPages.length).toBeGreaterThan(5);
    expect(urls).toEqual(postPages);
    const bodies = listPages(dist).filter((p) => readPage(dist, p).querySelector('[data-pagefind-body]'));
    expect(bodies.map(pathOfFile).sort()).toEqual(postPages);
  });

  it('gives every post its title, ISO date, kind and summary, and kind and year filters', () => {
    for (const f of fragments) {
      expect(Object.keys(f.meta).sort(), f.url).toEqual(expect.arrayContaining(['date', 'kind', 'summary', 'title']));
      expect(new Date(f.meta.date!).toISOString(), f.url).toBe(f.meta.date);
      expect(f.filters.kind, f.url).toEqual([f.url.replace(/^\/(es|de)\//, '/').split('/')[1]]);
      expect(f.filters.year![0], f.url).toMatch(/^\d{4}$/);
    }
  });

  it('leaves navigation, footer, kicker, tags, source links, history and post navigation out of the indexed text', () => {
    for (const f of fragments) {
      for (const furniture of [t.viewSource, t.suggestCorrection, t.trust.historyIntro, t.footerNote, t.skipToContent]) {
        expect(f.content, f.url).not.toContain(furniture);
      }
      expect(f.content.startsWith(f.meta.title!), `${f.url} starts with its title, not the kind`).toBe(true);
      expect(f.content, f.url).not.toMatch(/Skip to content|Subscribe|analytics|no cookies|Previous:|Next:|Report a vulnerability/);
      expect(f.content, f.url).not.toMatch(/#[a-z0-9-]+\b/);
    }
  });
});

describe('what the fixture index holds', () => {
  const fragments = readFragments(fixture);

  it('holds the webinar transcript, its questions and answers', () => {
    const webinar = fragment(fragments, '/webinars/week-1-live/');
    expect(webinar.content).toContain('The transcript word is marmalunk');
    expect(webinar.content).toContain('When will encryption ship?');
    expect(webinar.content).toContain('By the end of the plan.');
  });

  it('holds audit findings and facts as separate words', () => {
    const audit = fragment(fragments, '/audits/appsec/');
    expect(audit.content).toContain('guessabilitron');
    expect(audit.content).toContain('Meeting IDs guessable');
    expect(audit.content).toMatch(/\bFixture Labs\b/);
    expect(audit.content).toMatch(/\bWeb and desktop clients\b/);
  });

  it('holds the routing table', () => {
    const routing = fragment(fragments, '/routing/2026-09-15-regions/');
    expect(routing.content).toContain('frankfurtian');
    expect(routing.content).toMatch(/\bEU Central \(Frankfurt\)/);
  });

  it('files posts under the commitments they update, are asked about, find, or mention', () => {
    expect(fragment(fragments, '/progress/week-2/').filters).toEqual({
      kind: ['progress'],
      year: ['2026'],
      tag: ['defaults', 'bug-bounty'],
      commitment: ['Safer defaults', 'Expanded bug bounty'],
    });
    expect(fragment(fragments, '/webinars/week-1-live/').filters.commitment).toEqual(['Expanded bug bounty', 'Real end-to-end encryption']);
    expect(fragment(fragments, '/audits/appsec/').filters.commitment).toEqual(['Safer defaults']);
    expect(fragment(fragments, '/statements/apology/').filters.commitment).toEqual(['Real end-to-end encryption']);
    expect(fragment(fragments, '/guides/meeting-passwords/').filters.commitment).toBeUndefined();
  });

  it('keeps special characters in metadata as written', () => {
    expect(fragment(fragments, '/progress/week-2/').meta).toEqual({
      title: 'Week 2: bug bounty doubled & defaults done',
      date: '2026-09-11T17:00:00.000Z',
      kind: 'Progress update',
      summary: 'Ampersands & <angle brackets> & "quotes" survive: naïve café 🚀 日本語 Ελληνικά.',
    });
  });

  it('has no trace of drafts or scheduled posts in any file of the bundle', () => {
    const text = bundleText(fixture);
    expect(text).toContain('zanzibarite');
    for (const word of ['xylodraftum', 'futurollax', 'Secret draft letter', 'Scheduled future letter', 'draft-letter', 'scheduled-letter']) {
      expect(text).not.toContain(word);
    }
  });
});

describe('the demo index', () => {
  it('leaves out the demo drafts and scheduled posts', () => {
    const urls = readFragments(demo).map((f) => f.url);
    expect(urls).toContain('/statements/apology/');
    expect(urls).not.toContain('/statements/closing-letter/');
    expect(urls).not.toContain('/statements/day-90-report/');
  });
});

describe('a build whose indexer fails', () => {
  it('fails, showing Pagefind’s own message and saying the index was not written', async () => {
    const bin = join(runsDir, 'search-fake-pagefind');
    mkdirSync(bin, { recursive: true });
    const fake = join(bin, 'pagefind');
    writeFileSync(fake, '#!/bin/sh\necho "fake pagefind: cannot read the site (simulated)" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    const run = await runAstro('build', {
      name: 'search-failing',
      contentDir: 'tests/fixtures/site',
      env: { PAGEFIND_BINARY_PATH: fake, PAGEFIND_EXTENDED_BINARY_PATH: fake },
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('fake pagefind: cannot read the site (simulated)');
    expect(run.output).toMatch(/Pagefind (stopped without answering|backend closed)/);
    expect(run.output).toContain('The search index was not written');
    expect(existsSync(join(run.outDir, 'pagefind', 'pagefind.js'))).toBe(false);
  });
});
