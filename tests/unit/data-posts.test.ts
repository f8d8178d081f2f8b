/**
 * src/data/posts.ts and src/data/corrections.ts without a build: `astro:content` is mocked
 * (as starlight-blog's unit tests do) with a few entries, so the rules they apply to the
 * collections (what this build may show, the order, the corrections list and its links)
 * are checked in milliseconds.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

/** The collections the mocked `astro:content` serves, by kind. */
const collections = vi.hoisted(() => {
  // Read when src/site.config.ts and src/data/posts.ts are first imported.
  vi.stubEnv('SITE_NOW', '2026-11-28T12:00:00Z');
  vi.stubEnv('SITE_URL', 'https://trust.example.com');
  vi.stubEnv('BASE_PATH', '/trust/');
  const post = (id: string, published: string, extra: { draft?: boolean; corrections?: { date: string; text: string }[] } = {}) => ({
    id,
    data: {
      title: `Title of ${id}`,
      published: new Date(published),
      draft: extra.draft ?? false,
      corrections: (extra.corrections ?? []).map((c) => ({ date: new Date(c.date), text: c.text })),
    },
  });
  return {
    // Corrections listed oldest first, and posts in file order, not date order: the lists must sort them.
    statements: [
      post('apology', '2026-09-01T09:00:00-07:00', {
        corrections: [
          { date: '2026-09-03T10:00:00Z', text: 'Fixed the date of the incident.' },
          { date: '2026-09-20T10:00:00Z', text: 'Added the timeline & <links>.' },
        ],
      }),
    ],
    progress: [
      post('week-1', '2026-09-04T10:00:00-07:00'),
      post('week-2', '2026-09-11T10:00:00-07:00', {
        corrections: [
          { date: '2026-09-14T08:00:00-07:00', text: 'The rollout reached 10%, not 20%.' },
          { date: '2026-09-12T08:00:00-07:00', text: 'Linked the audit report.' },
        ],
      }),
      post('week-14', '2026-12-04T10:00:00-08:00', { corrections: [{ date: '2026-12-05T10:00:00Z', text: 'Scheduled: never listed.' }] }),
      post('week-0', '2026-08-28T10:00:00-07:00', { draft: true, corrections: [{ date: '2026-09-01T10:00:00Z', text: 'Draft: never listed.' }] }),
    ],
    // Published at the same moment as progress/week-1: the path decides.
    // The newest post has a correction at the same instant as the apology's first: the path decides.
    webinars: [
      post('week-1-live', '2026-09-04T17:00:00Z'),
      post('now', '2026-11-28T12:00:00Z', { corrections: [{ date: '2026-09-03T10:00:00Z', text: "Same moment as the apology's first correction." }] }),
    ],
    routing: [],
    audits: [post('appsec', '2026-11-20T09:00:00Z', { corrections: [{ date: '2026-09-14T15:00:00Z', text: 'Same moment as a progress correction.' }] })],
    guides: [post('passwords', '2026-11-28T12:00:01Z')],
  } as Record<string, ReturnType<typeof post>[]>;
});

const getCollection = vi.hoisted(() => vi.fn(async (kind: string, filter: (entry: unknown) => boolean) => (collections[kind] ?? []).filter(filter)));
vi.mock('astro:content', () => ({ getCollection }));
afterAll(() => vi.unstubAllEnvs());
// `npm run mutate` runs the test files in one module graph (vitest.mutate.config.ts): another
// file may have loaded src/site.config.ts with other settings. Load it afresh with the ones above.
vi.resetModules();

const { getAllPosts, getPosts } = await import('../../src/data/posts');
const { correctionRecords } = await import('../../src/data/corrections');

describe('the posts a build shows (src/data/posts.ts)', () => {
  it('leaves out drafts and posts dated after now, and lists the rest newest first, by path on a tie', async () => {
    const first = await getAllPosts();
    await getAllPosts();
    // One kind's list is sorted too (the collection comes in file order): checked here, where it is first read.
    expect((await getPosts('progress')).map((p) => p.slug)).toEqual(['week-2', 'week-1']);
    // Each collection is read once per build, however many pages ask.
    expect(getCollection.mock.calls.map(([kind]) => kind).sort()).toEqual(['audits', 'guides', 'progress', 'routing', 'statements', 'webinars']);
    expect(first.map((p) => p.path)).toEqual([
      '/webinars/now/',
      '/audits/appsec/',
      '/progress/week-2/',
      '/progress/week-1/',
      '/webinars/week-1-live/',
      '/statements/apology/',
    ]);
  });

  it('gives each post its kind and slug', async () => {
    const progress = await getPosts('progress');
    expect(progress.map((p) => [p.kind, p.slug, p.entry.data.title])).toEqual([
      ['progress', 'week-2', 'Title of week-2'],
      ['progress', 'week-1', 'Title of week-1'],
    ]);
  });
});

describe('the corrections list (src/data/corrections.ts)', () => {
  it('lists every correction of a shown post, newest first, by path on a tie, with absolute links under the base path', async () => {
    expect(await correctionRecords()).toEqual([
      {
        date: new Date('2026-09-20T10:00:00Z'),
        text: 'Added the timeline & <links>.',
        kind: 'statements',
        source: { title: 'Title of apology', path: '/statements/apology/', url: 'https://trust.example.com/trust/statements/apology/' },
      },
      {
        date: new Date('2026-09-14T15:00:00Z'),
        text: 'Same moment as a progress correction.',
        kind: 'audits',
        source: { title: 'Title of appsec', path: '/audits/appsec/', url: 'https://trust.example.com/trust/audits/appsec/' },
      },
      {
        date: new Date('2026-09-14T08:00:00-07:00'),
        text: 'The rollout reached 10%, not 20%.',
        kind: 'progress',
        source: { title: 'Title of week-2', path: '/progress/week-2/', url: 'https://trust.example.com/trust/progress/week-2/' },
      },
      {
        date: new Date('2026-09-12T08:00:00-07:00'),
        text: 'Linked the audit report.',
        kind: 'progress',
        source: { title: 'Title of week-2', path: '/progress/week-2/', url: 'https://trust.example.com/trust/progress/week-2/' },
      },
      {
        date: new Date('2026-09-03T10:00:00Z'),
        text: 'Fixed the date of the incident.',
        kind: 'statements',
        source: { title: 'Title of apology', path: '/statements/apology/', url: 'https://trust.example.com/trust/statements/apology/' },
      },
      {
        date: new Date('2026-09-03T10:00:00Z'),
        text: "Same moment as the apology's first correction.",
        kind: 'webinars',
        source: { title: 'Title of now', path: '/webinars/now/', url: 'https://trust.example.com/trust/webinars/now/' },
      },
    ]);
  });
});

describe("this build's links (src/data/site-links.ts)", () => {
  it('binds the links to the base path and the site address', async () => {
    const { authorHref, href, siteUrl, inLanguage } = await import('../../src/data/site-links');
    expect(href('/plan/')).toBe('/trust/plan/');
    expect(siteUrl('/plan/?a=1&b=<2>')).toBe('https://trust.example.com/trust/plan/?a=1&b=<2>');
    expect(authorHref('/plan/')).toBe('/trust/plan/');
    expect(inLanguage('es', '/plan/')).toBe('/es/plan/');
    expect(inLanguage('en', '/plan/')).toBe('/plan/');
  });

  it("reads a page's language from its first segment after the base path", async () => {
    const { pageLanguage } = await import('../../src/data/site-links');
    const at = (path: string) => pageLanguage(new URL(path, 'https://trust.example.com'));
    expect(at('/trust/es/statements/')).toBe('es');
    expect(at('/trust/de')).toBe('de');
    expect(at('/trust/statements/')).toBe('en');
    expect(at('/trust/en/')).toBe('en');
    expect(at('/trust/esx/')).toBe('en');
    expect(at('/trust/')).toBe('en');
    // Outside the base path (the dev server's own pages), the path is read as it is.
    expect(at('/es/')).toBe('es');
    expect(at('/trust-es/')).toBe('en');
  });
});

describe('site-links limits (mutation testing)', () => {
  it("marks words in the main language on another language's page only", async () => {
    const { originalLang } = await import('../../src/data/site-links');
    expect(originalLang('en')).toBeUndefined();
    expect(originalLang('es')).toBe('en');
    expect(originalLang('de')).toBe('en');
  });
});
