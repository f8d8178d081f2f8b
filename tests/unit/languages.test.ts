/** The language list, the locale prefix (routes.ts, the one place that adds it) and the names of translation files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/git-repo';
import { languageOfPath, otherLanguages } from '../../src/lib/languages';
import { routes, siteLinks } from '../../src/lib/routes';
import { parseTranslationName, translationProblems } from '../../src/lib/translation-files';
import { ui } from '../../src/i18n/ui';

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
