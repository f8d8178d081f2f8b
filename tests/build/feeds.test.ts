/**
 * Build-output tests of the feeds and the webinar calendar: every feed parsed with a real
 * feed parser, the calendar with ical.js, the XML validated; content complete and absolute;
 * nothing unpublished; ids stable across an edit; URLs right under a base path.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { root, runAstro, runsDir, type AstroRun } from '../helpers/build';
import { fileForPath, listFiles, readPage } from '../../scripts/lib/dist-files';
import type { JsonFeed } from '../../src/lib/feed-json';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');
const origin = 'http://localhost:4321';
const fixtureContent = join(root, 'tests', 'fixtures', 'site');

/** The text of a built file. */
function read(dist: string, path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}

/** A parsed XML feed (RSS or Atom), after checking that it is well-formed. */
function xmlFeed(dist: string, path: string) {
  const text = read(dist, path);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${path} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parseFeed(text);
}

/** The raw XML tree of a feed, for elements the feed parser does not read. */
function rawXml(dist: string, path: string): Record<string, unknown> {
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'entry', 'category'].includes(name) }).parse(read(dist, path));
}

/** A parsed JSON Feed, after checking its 1.1 shape. */
function jsonFeed(dist: string, path: string): JsonFeed {
  const feed = JSON.parse(read(dist, path));
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  for (const item of feed.items) {
    expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'url', 'title', 'content_html', 'date_published', 'date_modified']));
    expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
  }
  return feed;
}

/** Every feed file of a build, as site paths (RSS, Atom, JSON Feed). */
function feedFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => /(^|\/)(rss|atom)\.xml$|^feed\.json$/.test(f));
}

/** The events of a calendar file, parsed with ical.js. */
function calendarEvents(dist: string, path: string) {
  const calendar = new ICAL.Component(ICAL.parse(read(dist, path)));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Every URL an HTML fragment refers to (href, src and each srcset candidate). */
function urlsIn(html: string): string[] {
  const doc = parseHtml(html);
  return [
    ...doc.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
    ...doc.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
    ...doc.querySelectorAll('[srcset]').flatMap((el) =>
      el
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0]!),
    ),
  ];
}

/** The content of every item of every feed of a build. */
function allContents(dist: string): { file: string; html: string }[] {
  return feedFiles(dist).flatMap((file) =>
    file.endsWith('.json')
      ? jsonFeed(dist, file).items.map((i) => ({ file, html: i.content_html }))
      : xmlFeed(dist, file).items.map((i) => ({ file, html: i.content ?? '' })),
  );
}

/** Slugs of the published posts of a build: every post page under /<kind>/<slug>/. */
function postPages(dist: string): string[] {
  return listFiles(dist)
    .filter((f) => /^(statements|progress|webinars|routing|audits|guides)\/[^/]+\/index\.html$/.test(f) && !/\/\d+\/index\.html$/.test(f))
    .map((f) => `${origin}/${f.replace(/index\.html$/, '')}`);
}

describe('the fixture feeds (now = 2026-11-28)', () => {
  const newestFirst = [
    '/webinars/week-14-upcoming/',
    '/audits/appsec/',
    '/guides/meeting-passwords/',
    '/routing/2026-09-15-regions/',
    '/progress/week-2/',
    '/progress/week-1/',
    '/statements/apology/',
    '/webinars/week-1-live/',
  ].map((p) => `${origin}${p}`);

  it('publishes every feed and calendar the site announces', () => {
    const expected = [
      'rss.xml',
      'atom.xml',
      'feed.json',
      'corrections/rss.xml',
      'webinars.ics',
      'webinars/week-1-live.ics',
      'webinars/week-14-upcoming.ics',
      ...['statements', 'progress', 'webinars', 'routing', 'audits', 'guides'].map((k) => `${k}/rss.xml`),
      ...['e2ee', 'bug-bounty', 'safer-defaults'].map((id) => `plan/${id}/rss.xml`),
    ];
    for (const file of expected) expect(existsSync(join(fixture, file)), file).toBe(true);
  });

  it('lists every published post, newest first, in RSS, Atom and JSON Feed alike, with the same ids', () => {
    const rss = xmlFeed(fixture, 'rss.xml');
    const atom = xmlFeed(fixture, 'atom.xml');
    const json = jsonFeed(fixture, 'feed.json');
    expect(rss.items.map((i) => i.id)).toEqual(newestFirst);
    expect(rss.items.map((i) => i.url)).toEqual(newestFirst);
    expect(atom.items.map((i) => i.id)).toEqual(newestFirst);
    expect(json.items.map((i) => i.id)).toEqual(newestFirst);
    expect(new Set(postPages(fixture))).toEqual(new Set(newestFirst));
  });

  it('describes each channel: title, language, home and self links', () => {
    const rss = xmlFeed(fixture, 'rss.xml');
    expect(rss.title).toBe('Brightwell Trust Center');
    expect(rss.language).toBe('en');
    expect(rss.url).toBe(`${origin}/`);
    expect(rss.self).toBe(`${origin}/rss.xml`);
    expect(xmlFeed(fixture, 'atom.xml').self).toBe(`${origin}/atom.xml`);
    expect(jsonFeed(fixture, 'feed.json')).toMatchObject({ home_page_url: `${origin}/`, feed_url: `${origin}/feed.json`, language: 'en' });
    const progress = xmlFeed(fixture, 'progress/rss.xml');
    expect(progress.self).toBe(`${origin}/progress/rss.xml`);
    expect(progress.url).toBe(`${origin}/progress/`);
  });

  it('gives each kind a feed of its own posts and each commitment a feed of the posts that report on it', () => {
    const ids = (file: string) => xmlFeed(fixture, file).items.map((i) => String(i.id).replace(origin, ''));
    expect(ids('statements/rss.xml')).toEqual(['/statements/apology/']);
    expect(ids('progress/rss.xml')).toEqual(['/progress/week-2/', '/progress/week-1/']);
    expect(ids('webinars/rss.xml')).toEqual(['/webinars/week-14-upcoming/', '/webinars/week-1-live/']);
    expect(ids('routing/rss.xml')).toEqual(['/routing/2026-09-15-regions/']);
    expect(ids('audits/rss.xml')).toEqual(['/audits/appsec/']);
    expect(ids('guides/rss.xml')).toEqual(['/guides/meeting-passwords/']);
    expect(ids('plan/e2ee/rss.xml')).toEqual(['/progress/week-1/', '/webinars/week-1-live/']);
    expect(ids('plan/safer-defaults/rss.xml')).toEqual(['/audits/appsec/', '/progress/week-2/', '/progress/week-1/']);
    expect(ids('plan/bug-bounty/rss.xml')).toEqual(['/progress/week-2/', '/webinars/week-1-live/']);
    expect(xmlFeed(fixture, 'plan/e2ee/rss.xml').title).toContain('Real end-to-end encryption');
  });

  it('sets categories from the kind and the tags', () => {
    const week2 = xmlFeed(fixture, 'rss.xml').items.find((i) => String(i.id).endsWith('/progress/week-2/'))!;
    expect(week2.categories.map((c) => c.term)).toEqual(['progress', 'defaults', 'bug-bounty']);
    expect(jsonFeed(fixture, 'feed.json').items.find((i) => String(i.id).endsWith('/progress/week-2/'))!.tags).toEqual(['progress', 'defaults', 'bug-bounty']);
  });

  it('carries the full content, including what MDX components render', () => {
    const apology = xmlFeed(fixture, 'rss.xml').items.find((i) => String(i.id).endsWith('/statements/apology/'))!.content!;
    expect(apology).toContain('zanzibarite');
    expect(apology).toContain('quokkafied');
    const link = parseHtml(apology)
      .querySelectorAll('a')
      .find((a) => a.text === 'Real end-to-end encryption');
    expect(link?.getAttribute('href')).toBe(`${origin}/plan/e2ee/`);
    expect(
      parseHtml(apology)
        .querySelectorAll('a')
        .find((a) => a.text === 'plan')
        ?.getAttribute('href'),
    ).toBe(`${origin}/plan/`);
  });

  it('gives each kind its extras: webinar time, links and questions; audit findings; routing changes; status updates', () => {
    const items = new Map(jsonFeed(fixture, 'feed.json').items.map((i) => [i.id.replace(origin, ''), parseHtml(i.content_html)]));
    const webinar = items.get('/webinars/week-1-live/')!;
    expect(webinar.querySelector('time')!.getAttribute('datetime')).toBe('2026-09-03T16:00:00.000Z');
    expect(webinar.text).toMatch(/September 3, 2026.*09:00 PDT/);
    expect(webinar.querySelector('a[href="https://video.fixture.example/webinar-1"]')).not.toBeNull();
    expect(webinar.querySelector(`a[href="${origin}/webinars/week-1-live.ics"]`)).not.toBeNull();
    expect(webinar.text).toContain('When will encryption ship?');
    expect(webinar.text).toContain('By the end of the plan.');
    expect(webinar.text).toContain('marmalunk');
    expect(items.get('/webinars/week-14-upcoming/')!.querySelector('a[href="https://video.fixture.example/join/14"]')).not.toBeNull();
    const audit = items.get('/audits/appsec/')!;
    expect(audit.text).toContain('2 in all: 1 critical, 0 high, 0 medium, 1 low');
    expect(audit.text).toContain('Meeting IDs guessable');
    expect(audit.querySelector(`a[href="${origin}/audits/appsec/fixture-appsec-report.pdf"]`)).not.toBeNull();
    expect(items.get('/routing/2026-09-15-regions/')!.text).toContain('EU Central (Frankfurt)');
    expect(items.get('/progress/week-1/')!.text).toContain('Rolling out to 10% of accounts.');
  });

  it('shows corrections at the top of the corrected item, and in the corrections feed', () => {
    const week2 = jsonFeed(fixture, 'feed.json').items.find((i) => String(i.id).endsWith('/progress/week-2/'))!;
    const text = parseHtml(week2.content_html).text;
    expect(text.indexOf('the right number is 34')).toBeGreaterThan(-1);
    expect(text.indexOf('the right number is 34')).toBeLessThan(text.indexOf('Passwords & waiting rooms on for every account.'));
    expect(text.indexOf('Passwords & waiting rooms on for every account.')).toBeLessThan(text.indexOf('Tom & Jerry'));
    const corrections = xmlFeed(fixture, 'corrections/rss.xml');
    expect(corrections.items).toHaveLength(1);
    expect(corrections.items[0]!.id).toBe(`${origin}/progress/week-2/#correction-2026-09-14T15:00:00Z`);
    expect(corrections.items[0]!.url).toBe(`${origin}/progress/week-2/`);
    expect(corrections.items[0]!.title).toBe('Correction: Week 2: bug bounty doubled & defaults done');
    expect(corrections.items[0]!.content).toContain('the right number is 34');
  });

  it('shows an edited or corrected post with its new date, under the same id', () => {
    const week2 = (dist: string) => xmlFeed(dist, 'atom.xml').items.find((i) => i.id === `${origin}/progress/week-2/`)!;
    expect(week2(fixture).published).toEqual(new Date('2026-09-11T17:00:00Z'));
    expect(week2(fixture).updated).toEqual(new Date('2026-09-14T15:00:00Z'));
    expect(jsonFeed(fixture, 'feed.json').items.find((i) => i.id === `${origin}/progress/week-2/`)!.date_modified).toBe('2026-09-14T15:00:00.000Z');
    const rssItems = (rawXml(fixture, 'rss.xml') as { rss: { channel: { item: Record<string, unknown>[] } } }).rss.channel.item;
    const modified = Object.fromEntries(rssItems.map((i) => [String((i.guid as Record<string, string>)['#text']), i['dcterms:modified']]));
    expect(modified[`${origin}/progress/week-2/`]).toBe('2026-09-14T15:00:00.000Z');
    expect(modified[`${origin}/progress/week-1/`]).toBeUndefined();
  });

  it('has no relative URL anywhere in any feed content', () => {
    const contents = allContents(fixture);
    expect(contents.length).toBeGreaterThan(20);
    const relative = contents.flatMap(({ file, html }) =>
      urlsIn(html)
        .filter((u) => !/^(https?:\/\/|mailto:|tel:)/.test(u))
        .map((u) => `${file}: ${u}`),
    );
    expect(relative).toEqual([]);
  });

  it('leaves page furniture out of the content: no scripts, styles, screen-reader-only text or heading anchors', () => {
    for (const { file, html } of allContents(fixture)) {
      const doc = parseHtml(html);
      expect(doc.querySelectorAll('script, style, [class], [style]'), file).toHaveLength(0);
      expect(doc.text, file).not.toContain('Webinar details');
      expect(doc.querySelectorAll('h1 a, h2 a, h3 a, h4 a, h5 a, h6 a'), file).toHaveLength(0);
    }
  });

  it('keeps special characters intact and escaped', () => {
    const item = (dist: string, file: string) => xmlFeed(dist, file).items.find((i) => String(i.id).endsWith('/progress/week-2/'))!;
    for (const file of ['rss.xml', 'atom.xml']) {
      expect(item(fixture, file).title).toBe('Week 2: bug bounty doubled & defaults done');
    }
    expect(item(fixture, 'rss.xml').description).toBe('Ampersands & <angle brackets> & "quotes" survive: naïve café 🚀 日本語 Ελληνικά.');
    const json = jsonFeed(fixture, 'feed.json').items.find((i) => String(i.id).endsWith('/progress/week-2/'))!;
    expect(json.summary).toBe('Ampersands & <angle brackets> & "quotes" survive: naïve café 🚀 日本語 Ελληνικά.');
    const body = parseHtml(json.content_html);
    // Markdown's typographer turns "hello" into curly quotes, on the page and in the feed alike.
    expect(body.text).toContain('Tom & Jerry said “hello” — 🚀 — 日本語のテキスト — Ελληνικά κείμενο');
    expect(body.querySelector('code')!.text).toBe('a < b && c > d');
    expect(read(fixture, 'rss.xml')).toContain('Passwords &amp;amp; waiting rooms');
    const guide = jsonFeed(fixture, 'feed.json').items.find((i) => String(i.id).endsWith('/guides/meeting-passwords/'))!;
    expect(guide.title).toBe('Passwords & waiting rooms: the "two-lock" rule');
    expect(guide.content_html).toContain('🔒');
  });

  it('never mentions a draft or a scheduled post in any feed or calendar', () => {
    const files = [...feedFiles(fixture), ...listFiles(fixture).filter((f) => f.endsWith('.ics'))];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const text = read(fixture, file);
      for (const word of ['xylodraftum', 'futurollax', 'Secret draft letter', 'Scheduled future letter', 'draft-letter', 'scheduled-letter']) {
        expect(text, `${file} mentions ${word}`).not.toContain(word);
      }
    }
  });

  it('announces the feeds on every page, and the kind feed on a post page', () => {
    const page = readPage(fixture, fileForPath(fixture, '/progress/week-2/')!);
    const alternates = page.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['application/rss+xml', `${origin}/rss.xml`],
        ['application/atom+xml', `${origin}/atom.xml`],
        ['application/feed+json', `${origin}/feed.json`],
        ['application/rss+xml', `${origin}/progress/rss.xml`],
      ]),
    );
    for (const [, href] of alternates) expect(existsSync(join(fixture, new URL(href!).pathname)), href!).toBe(true);
  });

  it('lists every feed and the calendar on the subscribe page', () => {
    const page = readPage(fixture, fileForPath(fixture, '/subscribe/')!);
    const text = page.querySelector('main')!.text;
    const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const file of [...feedFiles(fixture), 'webinars.ics']) {
      expect(text, file).toContain(`${origin}/${file}`);
      expect(hrefs, file).toContain(`/${file}`);
    }
    expect(hrefs).toContain('webcal://localhost:4321/webinars.ics');
  });
});

describe('the fixture webinar calendar', () => {
  const events = calendarEvents(fixture, 'webinars.ics');

  it('has one event per published webinar, past and upcoming, with stable UIDs', () => {
    expect(events.map((e) => e.uid)).toEqual(['week-1-live@localhost', 'week-14-upcoming@localhost']);
  });

  it('starts each webinar at the right instant, in its own time zone, for its duration', () => {
    const [live, upcoming] = events;
    expect(live!.startDate.toJSDate().toISOString()).toBe('2026-09-03T16:00:00.000Z');
    expect(live!.startDate.zone?.tzid).toBe('America/Los_Angeles');
    expect(live!.endDate.toJSDate().toISOString()).toBe('2026-09-03T16:45:00.000Z');
    expect(upcoming!.startDate.toJSDate().toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(upcoming!.duration.toSeconds()).toBe(3600);
  });

  it('counts moves in SEQUENCE, dates the last change, and links the page, the recording or the way to join', () => {
    const [live, upcoming] = events;
    expect(live!.sequence).toBe(1);
    expect(upcoming!.sequence).toBe(0);
    expect(live!.component.getFirstPropertyValue('last-modified')!.toString()).toBe('2026-08-31T16:00:00Z');
    expect(live!.component.getFirstPropertyValue('url')).toBe(`${origin}/webinars/week-1-live/`);
    expect(live!.description).toContain('https://video.fixture.example/webinar-1');
    expect(upcoming!.description).toContain('https://video.fixture.example/join/14');
    expect(live!.summary).toBe('Webinar 1: the plan, live');
  });

  it('offers each webinar as its own download with the same UID and time', () => {
    for (const event of events) {
      const slug = event.uid.split('@')[0]!;
      const [single] = calendarEvents(fixture, `webinars/${slug}.ics`);
      expect(single!.uid).toBe(event.uid);
      expect(single!.startDate.toJSDate()).toEqual(event.startDate.toJSDate());
      expect(single!.sequence).toBe(event.sequence);
    }
    const page = readPage(fixture, fileForPath(fixture, '/webinars/week-1-live/')!);
    expect(page.querySelector('a[href="/webinars/week-1-live.ics"]')).not.toBeNull();
  });
});

describe('the demo feeds', () => {
  const posts = postPages(demo);
  const kindItems = ['statements', 'progress', 'webinars', 'routing', 'audits', 'guides'].flatMap((kind) => xmlFeed(demo, `${kind}/rss.xml`).items);

  it('parses every feed and holds the full history in the per-kind feeds', () => {
    expect(posts.length).toBeGreaterThan(20);
    expect(new Set(kindItems.map((i) => i.id))).toEqual(new Set(posts));
    expect(kindItems).toHaveLength(posts.length);
  });

  it('limits the site feeds to the newest 20 posts, in the same order in every format', () => {
    const newest = [...kindItems]
      .sort((a, b) => b.published!.getTime() - a.published!.getTime() || String(a.id).localeCompare(String(b.id)))
      .slice(0, 20)
      .map((i) => i.id);
    expect(xmlFeed(demo, 'rss.xml').items.map((i) => i.id)).toEqual(newest);
    expect(xmlFeed(demo, 'atom.xml').items.map((i) => i.id)).toEqual(newest);
    expect(jsonFeed(demo, 'feed.json').items.map((i) => i.id)).toEqual(newest);
  });

  it('has no relative URL in any content, and full content in every item', () => {
    const contents = allContents(demo);
    expect(contents.filter(({ html }) => parseHtml(html).text.trim().length < 40).map((c) => c.file)).toEqual([]);
    expect(
      contents.flatMap(({ file, html }) =>
        urlsIn(html)
          .filter((u) => !/^(https?:\/\/|mailto:|tel:)/.test(u))
          .map((u) => `${file}: ${u}`),
      ),
    ).toEqual([]);
  });

  it('puts every published webinar in the calendar at the time its page shows', () => {
    const webinars = xmlFeed(demo, 'webinars/rss.xml').items;
    const events = calendarEvents(demo, 'webinars.ics');
    expect(events.map((e) => e.uid).sort()).toEqual(webinars.map((w) => `${String(w.id).split('/').at(-2)}@localhost`).sort());
    for (const event of events) {
      const page = readPage(demo, fileForPath(demo, new URL(String(event.component.getFirstPropertyValue('url'))).pathname)!);
      expect(page.querySelector('.facts time')!.getAttribute('datetime')).toBe(event.startDate.toJSDate().toISOString());
    }
  });

  it('keeps the site feed small enough for feed readers', () => {
    expect(statSync(join(demo, 'rss.xml')).size).toBeLessThan(1_000_000);
  });
});

/** Copies the fixture content to a folder of its own, for builds that change it. */
function copyFixture(name: string): string {
  const dir = join(runsDir, `content-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(fixtureContent, dir, { recursive: true });
  return dir;
}

/**
 * Vitest puts Vite's import.meta.env values into process.env of test workers (BASE_URL=/,
 * MODE=test, DEV=1, NODE_ENV=test, …); a child Astro build that inherits them ignores its
 * base path. Runs an Astro build without them.
 */
function runCleanBuild(name: string, contentDir: string, env: Record<string, string> = {}): Promise<AstroRun> {
  const leaked = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];
  const saved = Object.fromEntries(leaked.map((key) => [key, process.env[key]]));
  for (const key of leaked) delete process.env[key];
  try {
    // runAstro copies process.env before it returns.
    return runAstro('build', { name, contentDir, env });
  } finally {
    for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
  }
}

/** Builds a content folder and fails with Astro's output when the build fails. */
async function build(name: string, contentDir: string, env: Record<string, string> = {}): Promise<string> {
  const run = await runCleanBuild(name, contentDir, env);
  if (run.code !== 0) throw new Error(`The ${name} build failed:\n${run.output}`);
  return run.outDir;
}

describe('ids across two builds with an edited post', () => {
  let before = '';
  let after = '';

  beforeAll(async () => {
    const content = copyFixture('feeds-edit');
    // Twenty older guides push the site feed past its limit of 20 items.
    for (let n = 1; n <= 20; n += 1) {
      const day = String(n).padStart(2, '0');
      writeFileSync(
        join(content, 'guides', `bulk-${day}.mdx`),
        `---\ntitle: "Bulk guide ${day}"\nsummary: "Filler ${day}."\npublished: 2026-08-${day}T09:00:00-07:00\nauthor: ciso\n---\n\nBulk body ${day}.\n`,
      );
    }
    writeFileSync(
      join(content, 'guides', 'links.mdx'),
      `---\ntitle: "Links of every sort"\nsummary: "Relative, root-relative and fragment links."\npublished: 2026-09-21T09:00:00-07:00\nauthor: ciso\n---\n\n## Where to go\n\nSee [week 1](../../progress/week-1/), [the plan](/plan/), [below](#details) and ![the logo](/favicon.svg).\n\n<p id="details">Details.</p>\n`,
    );
    before = await build('feeds-edit-before', content);
    const week1 = join(content, 'progress', 'week-1.mdx');
    writeFileSync(
      week1,
      readFileSync(week1, 'utf8')
        .replace('week: 1\n', 'week: 1\nupdated: 2026-09-06T10:00:00-07:00\n')
        .replace('Waiting rooms are on for new accounts.', 'Waiting rooms are on for new accounts. Edited: zebracorn.'),
    );
    after = await build('feeds-edit-after', content);
  });

  it('keeps every guid and id the same', () => {
    for (const file of ['rss.xml', 'atom.xml', 'progress/rss.xml', 'guides/rss.xml', 'plan/e2ee/rss.xml', 'corrections/rss.xml']) {
      expect(
        xmlFeed(after, file).items.map((i) => i.id),
        file,
      ).toEqual(xmlFeed(before, file).items.map((i) => i.id));
    }
    expect(jsonFeed(after, 'feed.json').items.map((i) => i.id)).toEqual(jsonFeed(before, 'feed.json').items.map((i) => i.id));
    expect(calendarEvents(after, 'webinars.ics').map((e) => e.uid)).toEqual(calendarEvents(before, 'webinars.ics').map((e) => e.uid));
  });

  it('shows the edit as an update of the same item, not a new one', () => {
    const id = `${origin}/progress/week-1/`;
    const atom = (dist: string) => xmlFeed(dist, 'atom.xml').items.find((i) => i.id === id)!;
    expect(atom(before).updated).toEqual(new Date('2026-09-04T17:00:00Z'));
    expect(atom(after).updated).toEqual(new Date('2026-09-06T17:00:00Z'));
    expect(atom(after).published).toEqual(atom(before).published);
    const json = (dist: string) => jsonFeed(dist, 'feed.json').items.find((i) => i.id === id)!;
    expect(json(before).date_modified).toBe('2026-09-04T17:00:00.000Z');
    expect(json(after).date_modified).toBe('2026-09-06T17:00:00.000Z');
    expect(json(before).content_html).not.toContain('zebracorn');
    expect(json(after).content_html).toContain('zebracorn');
    const rss = xmlFeed(after, 'progress/rss.xml').items.find((i) => i.id === id)!;
    expect(rss.published).toEqual(new Date('2026-09-04T17:00:00Z'));
    expect(read(after, 'progress/rss.xml')).toContain('<dcterms:modified>2026-09-06T17:00:00.000Z</dcterms:modified>');
  });

  it('limits the site feeds to 20 items while the kind feed keeps them all', () => {
    expect(xmlFeed(before, 'rss.xml').items).toHaveLength(20);
    expect(jsonFeed(before, 'feed.json').items).toHaveLength(20);
    expect(xmlFeed(before, 'guides/rss.xml').items).toHaveLength(22);
    expect(xmlFeed(before, 'rss.xml').items.at(-1)!.id).toBe(`${origin}/guides/bulk-10/`);
  });

  it('makes relative, root-relative and fragment links and images absolute', () => {
    const html = jsonFeed(before, 'feed.json').items.find((i) => String(i.id).endsWith('/guides/links/'))!.content_html;
    expect(urlsIn(html)).toEqual([`${origin}/progress/week-1/`, `${origin}/plan/`, `${origin}/guides/links/#details`, `${origin}/favicon.svg`]);
    expect(parseHtml(html).querySelector('h2')!.text).toBe('Where to go');
  });
});

describe('feeds under the base path /trust/', () => {
  const dist = inject('fixtureBaseDist');
  const base = `${origin}/trust/`;

  it('puts /trust/ in every channel, self, item and content URL', () => {
    const rss = xmlFeed(dist, 'rss.xml');
    expect(rss.url).toBe(base);
    expect(rss.self).toBe(`${base}rss.xml`);
    expect(rss.items.map((i) => i.id).every((id) => String(id).startsWith(base))).toBe(true);
    expect(xmlFeed(dist, 'plan/e2ee/rss.xml').self).toBe(`${base}plan/e2ee/rss.xml`);
    const own = allContents(dist).flatMap(({ file, html }) =>
      urlsIn(html)
        .filter((u) => u.startsWith(origin))
        .map((u) => `${file}: ${u}`),
    );
    expect(own.length).toBeGreaterThan(10);
    expect(own.filter((u) => !u.includes(base))).toEqual([]);
    const apology = jsonFeed(dist, 'feed.json').items.find((i) => i.id === `${base}statements/apology/`)!;
    expect(urlsIn(apology.content_html)).toEqual([`${base}plan/`, `${base}plan/e2ee/`]);
  });

  it('points the calendar at /trust/ pages and keeps UIDs free of the path', () => {
    const events = calendarEvents(dist, 'webinars.ics');
    expect(events.map((e) => e.uid)).toEqual(['week-1-live@localhost', 'week-14-upcoming@localhost']);
    expect(events.map((e) => e.component.getFirstPropertyValue('url'))).toEqual([`${base}webinars/week-1-live/`, `${base}webinars/week-14-upcoming/`]);
    expect(existsSync(join(dist, 'webinars', 'week-1-live.ics'))).toBe(true);
  });
});

describe('a post that cannot be rendered', () => {
  it('fails the build, naming the file', async () => {
    const content = copyFixture('feeds-broken');
    writeFileSync(
      join(content, 'statements', 'broken-component.mdx'),
      `---\ntitle: "Broken"\nsummary: "Names a commitment that does not exist."\npublished: 2026-09-02T09:00:00-07:00\nauthor: ceo\n---\n\nSee <CommitmentLink id="no-such-commitment" />.\n`,
    );
    const run = await runCleanBuild('feeds-broken', content);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('broken-component.mdx');
  });
});
