/** Email-ready posts: inlined styles, absolute URLs only, the plain-text version, and finding a post's email. */
import { describe, expect, it } from 'vitest';
import { emailHtml, emailText, relativeUrls, type EmailPost } from '../../src/lib/email';
import { findEmailPost } from '../../scripts/lib/email-files';

const post: EmailPost = {
  title: 'Week 3: every region published',
  summary: 'We published every region.',
  url: 'https://trust.example/progress/week-3/',
  kicker: 'Progress update · September 18, 2026',
  byline: 'By Grace Mensah',
  contentHtml: '<h2>What you should do</h2><ul><li>Choose your regions.</li></ul><p>See the <a href="https://trust.example/data-routing/">regions</a>.</p>',
  lang: 'en',
  siteTitle: 'Brightwell Trust Center',
  siteUrl: 'https://trust.example/',
  words: { readOnline: 'Read this on the web', footer: 'A copy of a post on the site:' },
};

describe('emailHtml', () => {
  it('inlines every style and leaves no <style> block', () => {
    const html = emailHtml(post);
    expect(html).not.toContain('<style');
    expect(html).toMatch(/<h1 style="font-size: 26px;[^"]*">Week 3: every region published<\/h1>/);
    expect(html).toMatch(/<h2 style="font-size: 20px;[^"]*">What you should do<\/h2>/);
    expect(html).toContain('<a class="read-online" href="https://trust.example/progress/week-3/"');
  });
  it('refuses content with a URL that is not absolute, naming it', () => {
    expect(() => emailHtml({ ...post, contentHtml: '<p><a href="/plan/">plan</a> <img src="pic.png" alt=""></p>' })).toThrow(
      'the email of https://trust.example/progress/week-3/ has URLs that are not absolute: /plan/, pic.png.',
    );
  });
});

describe('relativeUrls', () => {
  it('accepts http, https and mailto and names everything else', () => {
    expect(relativeUrls('<a href="https://a.example/">a</a><a href="mailto:x@a.example">m</a><a href="#top">t</a><img src="//cdn.example/x.png">')).toEqual([
      '#top',
      '//cdn.example/x.png',
    ]);
  });
});

describe('emailText', () => {
  it('writes the header, the link to the post, the content with its links and the footer', () => {
    expect(emailText(post)).toBe(
      [
        'Brightwell Trust Center',
        '',
        'Progress update · September 18, 2026',
        'Week 3: every region published',
        '==============================',
        '',
        'We published every region.',
        '',
        'By Grace Mensah',
        'Read this on the web: https://trust.example/progress/week-3/',
        '',
        'What you should do',
        '',
        ' * Choose your regions.',
        '',
        'See the regions [https://trust.example/data-routing/].',
        '',
        '--',
        'A copy of a post on the site: https://trust.example/',
        '',
      ].join('\n'),
    );
  });
});

describe('emailText of a table', () => {
  /** The lines of the content between "Before" and "After" in the text of a post with this HTML. */
  const tableLines = (html: string) => {
    const lines = emailText({ ...post, contentHtml: `<p>Before</p>${html}<p>After</p>` }).split('\n');
    return lines.slice(lines.indexOf('Before') + 1, lines.indexOf('After'));
  };

  it('writes each row as a block, each cell on its own line after its column heading, within 72 characters', () => {
    const lines = tableLines(
      '<table><thead><tr><th>Commitment</th><th>Status</th><th>Note</th></tr></thead><tbody>' +
        '<tr><td><a href="https://trust.example/plan/e2ee/">End-to-end encryption</a></td><td>In progress</td>' +
        '<td>Missed the 27 November due date; the re-review runs until 11 December, and the new target is 18 December 2026.</td></tr>' +
        '<tr><td>Weekly updates</td><td>Done</td><td>Thirteen &amp; counting.</td></tr></tbody></table>',
    );
    expect(lines).toEqual([
      '',
      'Commitment: End-to-end encryption [https://trust.example/plan/e2ee/]',
      'Status: In progress',
      'Note: Missed the 27 November due date; the re-review runs until 11',
      'December, and the new target is 18 December 2026.',
      '',
      'Commitment: Weekly updates',
      'Status: Done',
      'Note: Thirteen & counting.',
      '',
    ]);
  });

  it('writes the cells alone when the first row is not a row of headings', () => {
    expect(tableLines('<table><tr><th scope="row">Region</th><td>EU</td></tr><tr><th scope="row">Processor</th><td>Acme</td></tr></table>')).toEqual([
      '',
      'Region',
      'EU',
      '',
      'Processor',
      'Acme',
      '',
    ]);
  });
});

describe('findEmailPost', () => {
  const posts = ['progress/week-3', 'progress/week-13', 'statements/apology', 'guides/apology'];
  it('finds a post by kind and slug, by a content path, or by a slug only one kind has', () => {
    expect(findEmailPost('progress/week-3', posts)).toEqual({ ok: true, post: 'progress/week-3' });
    expect(findEmailPost('content/progress/week-13.mdx', posts)).toEqual({ ok: true, post: 'progress/week-13' });
    expect(findEmailPost('week-13', posts)).toEqual({ ok: true, post: 'progress/week-13' });
  });
  it('finds a translation by language, kind and slug, or by its content file, and never mistakes it for its original', () => {
    const withTranslations = [...posts, 'es/statements/apology', 'de/statements/apology'];
    expect(findEmailPost('es/statements/apology', withTranslations)).toEqual({ ok: true, post: 'es/statements/apology' });
    expect(findEmailPost('content/statements/apology.de.mdx', withTranslations)).toEqual({ ok: true, post: 'de/statements/apology' });
    expect(findEmailPost('statements/apology', withTranslations)).toEqual({ ok: true, post: 'statements/apology' });
    expect(findEmailPost('content/statements/apology.mdx', withTranslations)).toEqual({ ok: true, post: 'statements/apology' });
    // A slug alone is the main language's: still the question of which kind, not of which language.
    expect(findEmailPost('apology', withTranslations)).toEqual({
      ok: false,
      problem: '"apology" is the name of posts of several kinds: statements/apology, guides/apology. Name one with its kind, e.g. statements/apology.',
    });
    const missing = findEmailPost('fr/statements/apology', withTranslations);
    expect(!missing.ok && missing.problem).toContain('no published post "fr/statements/apology" in this build.');
  });
  it('asks for the kind when several kinds have the slug', () => {
    expect(findEmailPost('apology', posts)).toEqual({
      ok: false,
      problem: '"apology" is the name of posts of several kinds: statements/apology, guides/apology. Name one with its kind, e.g. statements/apology.',
    });
  });
  it('suggests the closest post when there is none', () => {
    const found = findEmailPost('progress/week-30', posts);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.problem).toContain('no published post "progress/week-30" in this build. Did you mean progress/week-3?');
  });
});

describe('email limits (mutation testing)', () => {
  it('names an address that only contains http://, https:// or mailto: after its start, and accepts plain http', () => {
    expect(relativeUrls('<a href="http://a.example/x">h</a><a href="/go?to=https://a.example/">r</a><img src="x.png?u=mailto:a@b.example">')).toEqual([
      '/go?to=https://a.example/',
      'x.png?u=mailto:a@b.example',
    ]);
  });

  it('writes the read-online link alone when the post has no byline', () => {
    expect(emailHtml({ ...post, byline: '' })).toMatch(
      /<p class="byline" style="[^"]*"><a class="read-online" href="https:\/\/trust\.example\/progress\/week-3\/"/,
    );
  });

  it('writes a CSS width as a width attribute, for mail clients that ignore it in a style', () => {
    expect(emailHtml({ ...post, contentHtml: '<table><tr><td>EU</td></tr></table>' })).toContain(
      '<table style="border-collapse: collapse; width: 100%; font-size: 14px;" width="100%">',
    );
  });

  it('reads a column heading as its whole text, inner elements joined and spaces collapsed and trimmed', () => {
    const text = emailText({
      ...post,
      contentHtml: '<table><tr><th>\n  Due\n\t date  <em>(new)</em>\n</th><th>Sta<b>tus</b></th></tr><tr><td>18 December</td><td>Open</td></tr></table>',
    });
    expect(text).toContain('\n\nDue date (new): 18 December\nStatus: Open\n\n');
  });
});

describe('emailText: blank lines (mutation testing)', () => {
  it('keeps one blank line between the link and the footer when the post has no content', () => {
    expect(emailText({ ...post, contentHtml: '' })).toContain(
      '\nRead this on the web: https://trust.example/progress/week-3/\n\n--\nA copy of a post on the site: https://trust.example/\n',
    );
  });

  it('starts with the kicker when the site has no title', () => {
    expect(emailText({ ...post, siteTitle: '' }).startsWith('Progress update · September 18, 2026\nWeek 3: every region published\n')).toBe(true);
  });
});
