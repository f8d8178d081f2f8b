/**
 * Email-ready posts in the built output: an HTML and a plain-text message for every published
 * post and for nothing else, with inlined styles and only absolute URLs that lead to files of
 * the build; `npm run email` prints them; /subscribe/ explains email through a feed service.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { fileForPath, listFiles, readPage } from '../../scripts/lib/dist-files';
import { runProjectScript } from '../helpers/run-script';

const fixture = inject('fixtureDist');
const demo = inject('demoDist');
const demoBase = inject('demoBaseDist');
const origin = 'http://localhost:4321';

/** The email files of a build. */
function emailFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.startsWith('email/'));
}

describe('email files of the fixture site', () => {
  it('exist as .html and .txt for each published post and nothing else', () => {
    expect(emailFiles(fixture)).toEqual(
      [
        'audits/appsec',
        'guides/meeting-passwords',
        'progress/week-1',
        'progress/week-2',
        'routing/2026-09-15-regions',
        'statements/apology',
        'webinars/week-1-live',
        'webinars/week-14-upcoming',
      ].flatMap((post) => [`email/${post}.html`, `email/${post}.txt`]),
    );
  });

  it('have inlined styles, no <style> or script, and only absolute URLs that lead to files of the build', () => {
    for (const file of emailFiles(fixture).filter((f) => f.endsWith('.html'))) {
      const doc = parse(readFileSync(join(fixture, file), 'utf8'));
      expect(doc.querySelectorAll('style, script, link[rel=stylesheet]').length, file).toBe(0);
      expect(doc.querySelector('h1')?.getAttribute('style'), file).toContain('font-size');
      const urls = [
        ...doc.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
        ...doc.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
      ];
      expect(urls.length, file).toBeGreaterThan(1);
      for (const url of urls) {
        expect(url, `${file}: ${url}`).toMatch(/^(https?:\/\/|mailto:)/);
        if (url.startsWith(`${origin}/`)) expect(fileForPath(fixture, new URL(url).pathname), `${file}: ${url}`).toBeDefined();
      }
    }
  });

  it('carry the actions, the corrections and the content, in HTML and in text', () => {
    const html = readFileSync(join(fixture, 'email/statements/apology.html'), 'utf8');
    const text = readFileSync(join(fixture, 'email/statements/apology.txt'), 'utf8');
    for (const message of [html, text]) {
      expect(message).toContain('What you should do');
      expect(message).toContain('wombatize');
      expect(message).toContain('zanzibarite');
      expect(message).toContain(`${origin}/statements/apology/`);
    }
    expect(text.indexOf('What you should do')).toBeLessThan(text.indexOf('zanzibarite'));
    expect(text).not.toMatch(/<[a-z]/);
    expect(text).toContain('[http://localhost:4321/plan/]');
  });

  it('name URLs under the base path when the site has one', () => {
    const html = readFileSync(join(demoBase, 'email/progress/week-13.html'), 'utf8');
    expect(html).toContain(`href="${origin}/trust/progress/week-13/"`);
    expect(html).not.toMatch(/href="http:\/\/localhost:4321\/(?!trust\/)/);
  });
});

describe('email files of a translated post (demo)', () => {
  it("are in its language, with its address, beside the original's", () => {
    const text = readFileSync(join(demo, 'email/es/statements/apology.txt'), 'utf8');
    expect(text).toContain('Declaración · 1 de septiembre de 2026');
    expect(text).toContain('Rompimos su confianza');
    expect(text).toContain(`Leer en la web: ${origin}/es/statements/apology/`);
    const html = parse(readFileSync(join(demo, 'email/de/progress/week-13.html'), 'utf8'));
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('de');
    expect(html.querySelector('h1')?.text).toBe('Woche 13: Wir haben den Termin für die Verschlüsselung verpasst. Hier ist der neue');
    expect(existsSync(join(demo, 'email/progress/week-13.html'))).toBe(true);
  });
  it('exist for every translated post page of the demo and for nothing else in another language', () => {
    const translatedPosts = listFiles(demo)
      .filter((f) => /^(es|de)\/(statements|progress|webinars|routing|audits|guides)\/(?!\d+\/)[^/]+\/index\.html$/.test(f))
      .map((f) => f.replace(/\/index\.html$/, ''));
    const translatedEmails = listFiles(demo).filter((f) => /^email\/(es|de)\//.test(f));
    expect(translatedEmails).toEqual(translatedPosts.flatMap((post) => [`email/${post}.html`, `email/${post}.txt`]).sort());
  });
});

describe('npm run email', () => {
  it('prints a translation by its language, kind and slug, or by its content file', async () => {
    const text = await runProjectScript('email.ts', ['es/statements/apology', '--dir', demo]);
    expect(text.code).toBe(0);
    expect(text.output).toBe(readFileSync(join(demo, 'email/es/statements/apology.txt'), 'utf8'));
    const html = await runProjectScript('email.ts', ['content/progress/week-13.de.mdx', '--html', '--dir', demo]);
    expect(html.output).toBe(readFileSync(join(demo, 'email/de/progress/week-13.html'), 'utf8'));
  });
  it('prints the plain text of a post, or its HTML with --html', async () => {
    const text = await runProjectScript('email.ts', ['statements/apology', '--dir', fixture]);
    expect(text.code).toBe(0);
    expect(text.output).toBe(readFileSync(join(fixture, 'email/statements/apology.txt'), 'utf8'));
    const html = await runProjectScript('email.ts', ['content/progress/week-1.mdx', '--html', '--dir', fixture]);
    expect(html.code).toBe(0);
    expect(html.output).toBe(readFileSync(join(fixture, 'email/progress/week-1.html'), 'utf8'));
  });
  it('fails with the reason for a draft, and when there is no build', async () => {
    const draft = await runProjectScript('email.ts', ['statements/draft-letter', '--dir', fixture]);
    expect(draft.code).toBe(1);
    expect(draft.output).toContain('no published post "statements/draft-letter" in this build.');
    const none = await runProjectScript('email.ts', ['week-1', '--dir', join(fixture, 'nowhere')]);
    expect(none.code).toBe(1);
    expect(none.output).toContain('run npm run build first');
  });
});

describe('/subscribe/', () => {
  it('explains getting posts by email through a feed-to-email service', () => {
    const page = readPage(fixture, 'subscribe/index.html');
    expect(page.querySelector('h2#email')?.text).toBe('By email');
    expect(page.querySelector('main')?.text).toContain('feed-to-email service');
    expect(existsSync(join(fixture, 'email'))).toBe(true);
  });
});
