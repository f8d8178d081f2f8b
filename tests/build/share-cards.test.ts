/**
 * Share cards in the built output: a 1200×630 PNG for every published post and translation, the home page,
 * /plan/ and each commitment, named by the og:image and twitter:image tags of its page;
 * none for drafts and scheduled posts; absolute URLs under the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from '../../scripts/lib/dist-files';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');
const demoBase = inject('demoBaseDist');
const origin = 'http://localhost:4321';

/** Width and height of a PNG file, after checking its signature. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The content of a meta tag of a built page (by property or name). */
function meta(dist: string, file: string, key: string): string | undefined {
  const page = readPage(dist, file);
  return (page.querySelector(`meta[property="${key}"]`) ?? page.querySelector(`meta[name="${key}"]`))?.getAttribute('content');
}

describe('share cards of the fixture site', () => {
  it('exist for the published posts, the home page, the plan and each commitment (these three in every language), and nothing else', () => {
    expect(
      listFiles(fixture)
        .filter((f) => f.startsWith('cards/'))
        .sort(),
    ).toEqual([
      'cards/audits/appsec.png',
      'cards/de/home.png',
      'cards/de/plan.png',
      'cards/de/plan/bug-bounty.png',
      'cards/de/plan/e2ee.png',
      'cards/de/plan/safer-defaults.png',
      'cards/es/home.png',
      'cards/es/plan.png',
      'cards/es/plan/bug-bounty.png',
      'cards/es/plan/e2ee.png',
      'cards/es/plan/safer-defaults.png',
      'cards/guides/meeting-passwords.png',
      'cards/home.png',
      'cards/plan.png',
      'cards/plan/bug-bounty.png',
      'cards/plan/e2ee.png',
      'cards/plan/safer-defaults.png',
      'cards/progress/week-1.png',
      'cards/progress/week-2.png',
      'cards/routing/2026-09-15-regions.png',
      'cards/statements/apology.png',
      'cards/webinars/week-1-live.png',
      'cards/webinars/week-14-upcoming.png',
    ]);
  });
  it('are 1200×630 PNGs', () => {
    for (const file of listFiles(fixture).filter((f) => f.startsWith('cards/'))) {
      expect(pngSize(join(fixture, file)), file).toEqual([1200, 630]);
    }
  });
  it('are named by the Open Graph and Twitter tags of their page', () => {
    const pages = {
      'statements/apology/index.html': 'cards/statements/apology.png',
      'index.html': 'cards/home.png',
      'plan/index.html': 'cards/plan.png',
      'plan/e2ee/index.html': 'cards/plan/e2ee.png',
    };
    for (const [page, card] of Object.entries(pages)) {
      expect(meta(fixture, page, 'og:image'), page).toBe(`${origin}/${card}`);
      expect(meta(fixture, page, 'twitter:image'), page).toBe(`${origin}/${card}`);
      expect(meta(fixture, page, 'twitter:card'), page).toBe('summary_large_image');
      expect(meta(fixture, page, 'og:image:width'), page).toBe('1200');
      expect(meta(fixture, page, 'og:image:height'), page).toBe('630');
    }
    expect(meta(fixture, 'statements/apology/index.html', 'og:type')).toBe('article');
    expect(meta(fixture, 'statements/apology/index.html', 'og:title')).toBe('We are sorry');
    expect(meta(fixture, 'statements/apology/index.html', 'og:url')).toBe(`${origin}/statements/apology/`);
  });
  it('are absent from pages without a card', () => {
    expect(meta(fixture, 'archive/index.html', 'og:image')).toBeUndefined();
    expect(meta(fixture, 'subscribe/index.html', 'twitter:card')).toBeUndefined();
  });
  it('never exist for drafts or scheduled posts, and no output names one', () => {
    for (const file of listFiles(fixture).filter((f) => /\.(html|xml|json)$/.test(f))) {
      const text = readFileSync(join(fixture, file), 'utf8');
      expect(text, file).not.toMatch(/cards\/(statements\/(draft|scheduled)-letter|audits\/(draft-pentest|scheduled-review))/);
    }
  });
});

describe('share cards of the demo', () => {
  it('exist, 1200×630, for every published post, named by its page', () => {
    // Post pages, not the kinds' numbered index pages (/progress/2/).
    const posts = listFiles(demo).filter((f) => /^(statements|progress|webinars|routing|audits|guides)\/(?!\d+\/)[^/]+\/index\.html$/.test(f));
    expect(posts.length).toBeGreaterThan(30);
    for (const page of posts) {
      const card = `cards/${page.replace(/\/index\.html$/, '')}.png`;
      expect(meta(demo, page, 'og:image'), page).toBe(`${origin}/${card}`);
      expect(pngSize(join(demo, card)), card).toEqual([1200, 630]);
    }
  });
  it("exist in their language for every translated post, named by its page, and differ from the original's", () => {
    const translated = listFiles(demo).filter((f) => /^(es|de)\/(statements|progress|webinars|routing|audits|guides)\/(?!\d+\/)[^/]+\/index\.html$/.test(f));
    expect(translated).toContain('es/statements/apology/index.html');
    expect(translated).toContain('de/progress/week-13/index.html');
    for (const page of translated) {
      const card = `cards/${page.replace(/\/index\.html$/, '')}.png`;
      expect(meta(demo, page, 'og:image'), page).toBe(`${origin}/${card}`);
      expect(meta(demo, page, 'og:title'), page).toBe(readPage(demo, page).querySelector('h1')?.text);
      expect(pngSize(join(demo, card)), card).toEqual([1200, 630]);
      const original = card.replace(/^cards\/(es|de)\//, 'cards/');
      expect(readFileSync(join(demo, card)).equals(readFileSync(join(demo, original))), card).toBe(false);
    }
  });
  it('exist in every language for the home page, /plan/ and each commitment page, named by the page in that language', () => {
    const pages: Record<string, string> = {
      'es/index.html': 'cards/es/home.png',
      'de/plan/index.html': 'cards/de/plan.png',
      'es/plan/e2ee/index.html': 'cards/es/plan/e2ee.png',
      'plan/e2ee/index.html': 'cards/plan/e2ee.png',
    };
    for (const [page, card] of Object.entries(pages)) {
      expect(meta(demo, page, 'og:image'), page).toBe(`${origin}/${card}`);
      expect(pngSize(join(demo, card)), card).toEqual([1200, 630]);
    }
    // The Spanish plan card says its day and counts in Spanish: not the English picture.
    expect(readFileSync(join(demo, 'cards/es/plan.png')).equals(readFileSync(join(demo, 'cards/plan.png')))).toBe(false);
  });
  it('point under the base path when the site has one', () => {
    expect(meta(demoBase, 'plan/index.html', 'og:image')).toBe(`${origin}/trust/cards/plan.png`);
    expect(existsSync(join(demoBase, 'cards', 'plan.png'))).toBe(true);
  });
});
