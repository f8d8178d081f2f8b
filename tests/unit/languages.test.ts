/** The language list, the locale prefix (routes.ts, the one place that adds it) and the names of translation files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/git-repo';
import { languageOfPath, otherLanguages } from '../../src/lib/languages';
import { routes, siteLinks } from '../../src/lib/routes';
import { parseTranslationName, translationProblems } from '../../src/lib/translation-files';
import { translationVersionName, ui } from '../../src/i18n/ui';

const temp = tempDirs();
afterAll(temp.cleanup);

describe('languages and their paths', () => {
  it('serves the main language at the root and every other one under its code', () => {
    expect(otherLanguages('en')).toEqual(['es', 'de']);
    expect(routes.inLanguage('en', 'en', routes.kind('statements'))).toBe('/statements/');
    expect(routes.inLanguage('es', 'en', routes.kind('statements'))).toBe('/es/statements/');
    expect(routes.inLanguage('de', 'en', routes.home)).toBe('/de/');
    expect(siteLinks('/trust/', 'https://example.com').href(routes.inLanguage('es', 'en', routes.post('progress', 'week-13')))).toBe(
      '/trust/es/progress/week-13/',
    );
    expect([routes.kindPage('progress', 1), routes.kindPage('progress', 2)]).toEqual(['/progress/', '/progress/2/']);
    expect(routes.untranslated('/progress/week-12/', 'de')).toBe('/progress/week-12/#not-in-de');
  });

  it("reads a page's language from its first segment", () => {
    expect(languageOfPath('/es/statements/apology/', 'en')).toBe('es');
    expect(languageOfPath('/de/', 'en')).toBe('de');
    expect(languageOfPath('/statements/apology/', 'en')).toBe('en');
    // A tag or a slug deeper in the path is not a language.
    expect(languageOfPath('/tags/es/', 'en')).toBe('en');
    // The main language has no prefix of its own.
    expect(languageOfPath('/en/', 'en')).toBe('en');
  });

  it('has an interface table per language, each with the notice in its own words', () => {
    expect(Object.keys(ui)).toEqual(['en', 'es', 'de']);
    expect(ui.es.translation.notTranslated).toBe('Esta publicación aún no está disponible en español; se muestra el original.');
    expect(ui.de.status['in-progress']).toBe('In Arbeit');
  });
});

describe('translation files', () => {
  it('are named <original>.<language>.mdx', () => {
    expect(parseTranslationName('apology.es.mdx')).toEqual({ slug: 'apology', lang: 'es', extension: '.mdx' });
    expect(parseTranslationName('2026-12-03-after-90-days.de.md')).toEqual({ slug: '2026-12-03-after-90-days', lang: 'de', extension: '.md' });
    expect(parseTranslationName('apology.mdx')).toBeUndefined();
    expect(parseTranslationName('week-3.v2.mdx')).toBeUndefined();
  });

  it('must match their fields and sit beside their original', () => {
    const dir = temp.make('translation-files-');
    mkdirSync(join(dir, 'statements'));
    writeFileSync(join(dir, 'statements', 'apology.mdx'), '---\n---\n');
    const problems = (name: string, link: object) =>
      translationProblems(join(dir, 'statements'), 'content/statements', name, link, 'en').map((p) => `${p.field}: ${p.what}`);
    expect(problems('apology.es.mdx', { translationOf: 'apology', lang: 'es' })).toEqual([]);
    expect(problems('apology.es.mdx', { translationOf: 'apologies', lang: 'de' })).toEqual([
      'translationOf: "apologies" does not match the file name, which translates "apology"',
      'lang: "de" does not match the language in the file name ("es")',
    ]);
    expect(problems('apology.en.mdx', { translationOf: 'apology', lang: 'en' })).toEqual([
      '(filename): "en" in the file name is not a language this site translates into (es: Español, de: Deutsch)',
    ]);
    expect(problems('letter.es.mdx', { translationOf: 'letter', lang: 'es' })).toEqual([
      'translationOf: "letter" has no original: there is no content/statements/letter.mdx to translate',
    ]);
  });
});

describe('translation files: the full problems and the suggested originals', () => {
  /** A statements folder with two originals, a translation and files that are not posts. */
  function statementsDir(): string {
    const dir = join(temp.make('translation-limits-'), 'statements');
    mkdirSync(dir);
    for (const file of ['apology.mdx', 'notice.md', 'apology.es.mdx', 'letters', 'ab.mdown', 'notes.mdx.md']) {
      writeFileSync(join(dir, file), '---\n---\n');
    }
    return dir;
  }

  it('ignores a file that is not named as a translation', () => {
    expect(translationProblems(statementsDir(), 'content/statements', 'apology.mdx', { translationOf: 'x', lang: 'fr' }, 'en')).toEqual([]);
  });

  it('reports a language the site does not translate into, with the file, line and fix', () => {
    expect(translationProblems(statementsDir(), 'content/statements', 'apology.fr.md', {}, 'en')).toEqual([
      {
        file: 'content/statements/apology.fr.md',
        line: 1,
        field: '(filename)',
        what: '"fr" in the file name is not a language this site translates into (es: Español, de: Deutsch)',
        fix: 'name it apology.<language>.md with one of es, de; a new language is added in src/lib/languages.ts with its interface strings',
      },
    ]);
  });

  it('checks the two fields only when they are written as text', () => {
    expect(translationProblems(statementsDir(), 'content/statements', 'apology.es.mdx', {}, 'en')).toEqual([]);
    expect(translationProblems(statementsDir(), 'content/statements', 'notice.de.mdx', { translationOf: 7, lang: 7 }, 'en')).toEqual([]);
  });

  it('writes both fixes of fields that contradict the file name', () => {
    expect(translationProblems(statementsDir(), 'content/statements', 'apology.es.mdx', { translationOf: 'notice', lang: 'de' }, 'en')).toEqual([
      {
        file: 'content/statements/apology.es.mdx',
        line: 1,
        field: 'translationOf',
        what: '"notice" does not match the file name, which translates "apology"',
        fix: 'write translationOf: apology, or rename the file notice.es.mdx if it translates content/statements/notice.mdx',
      },
      {
        file: 'content/statements/apology.es.mdx',
        line: 1,
        field: 'lang',
        what: '"de" does not match the language in the file name ("es")',
        fix: 'write lang: es, or rename the file apology.de.mdx',
      },
    ]);
  });

  it('suggests the closest original (.mdx or .md), never a translation or a file that is not a post', () => {
    const dir = statementsDir();
    const fixFor = (fileName: string) => translationProblems(dir, 'content/statements', fileName, {}, 'en').map((p) => p.fix);
    expect(translationProblems(dir, 'content/statements', 'apolgy.es.mdx', {}, 'en')).toEqual([
      {
        file: 'content/statements/apolgy.es.mdx',
        line: 1,
        field: 'translationOf',
        what: '"apolgy" has no original: there is no content/statements/apolgy.mdx to translate',
        fix: 'did you mean apology? Rename the file apology.es.mdx and write translationOf: apology',
      },
    ]);
    expect(fixFor('notic.de.md')).toEqual(['did you mean notice? Rename the file notice.de.md and write translationOf: notice']);
    // "letters" has no extension and "ab.mdown" is not .md or .mdx: neither is an original.
    const none = (slug: string) =>
      `a translation sits beside its original in the same folder: add content/statements/${slug}.mdx first, or move the translation beside the post it translates`;
    expect(fixFor('letter.es.mdx')).toEqual([none('letter')]);
    expect(fixFor('ab-mdown.es.mdx')).toEqual([none('ab-mdown')]);
    // Only the last extension is dropped: "notes.mdx.md" is the original "notes.mdx".
    expect(fixFor('notes-mdx.es.mdx')).toEqual(['did you mean notes.mdx? Rename the file notes.mdx.es.mdx and write translationOf: notes.mdx']);
  });

  it('reports a missing original when the folder itself is missing', () => {
    const dir = join(temp.make('translation-limits-'), 'statements');
    expect(translationProblems(dir, 'content/statements', 'apology.es.mdx', {}, 'en').map((p) => p.fix)).toEqual([
      'a translation sits beside its original in the same folder: add content/statements/apology.mdx first, or move the translation beside the post it translates',
    ]);
  });
});

describe('translationVersionName', () => {
  it("names a translation's language in the page's language, and falls back to the code", () => {
    expect([translationVersionName('en', 'es'), translationVersionName('es', 'de'), translationVersionName('de', 'en')]).toEqual([
      'version in Spanish',
      'versión en alemán',
      'Fassung auf Englisch',
    ]);
    expect(translationVersionName('en', 'fr')).toBe('version in fr');
  });
});
