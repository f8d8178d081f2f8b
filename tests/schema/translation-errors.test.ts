/**
 * A translation (content/<kind>/<original>.<language>.mdx) that is not tied to an original,
 * or that carries a fact that belongs to the original, stops `npm run check` and the content
 * sync (the build's loaders) with the file, the field, the value and the fix.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runAstro } from '../helpers/build';
import { runProjectScript } from '../helpers/run-script';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of tests/fixtures/minimal-site (one post: statements/apology.mdx) with `files` added. */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, '.tmp', 'translation-errors-'));
  dirs.push(dir);
  cpSync(join(root, 'tests', 'fixtures', 'minimal-site'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const good = '---\ntranslationOf: apology\nlang: es\ntitle: "Lo sentimos"\nsummary: "La única publicación por ahora."\n---\n\nLe fallamos.\n';

describe('bad translations', () => {
  it('npm run check names the file, field, value and fix of each', async () => {
    const dir = contentWith({
      // A fact of the original copied into the translation.
      'statements/apology.es.mdx': good.replace('title:', 'published: 2026-09-02\ntitle:'),
      // A misspelt original.
      'statements/apologie.de.mdx': good.replace('translationOf: apology\nlang: es', 'translationOf: apologie\nlang: de'),
      // A language the site does not have.
      'statements/apology.fr.mdx': good.replace('lang: es', 'lang: fr'),
    });
    const run = await runProjectScript('check.ts', ['--content-only'], { CONTENT_DIR: dir });
    expect(run.code, run.output).toBe(1);
    const shown = relative(root, dir);
    const lines = run.output
      .split('\n')
      .filter((line) => line.startsWith(shown))
      .map((line) => line.replaceAll(shown, 'C'));
    expect(lines).toEqual([
      'C/statements/apologie.de.mdx:1  translationOf  "apologie" has no original: there is no C/statements/apologie.mdx to translate  did you mean apology? Rename the file apology.de.mdx and write translationOf: apology',
      'C/statements/apology.es.mdx:4  published  "published" belongs to the original post, not to a translation  Remove it: a translation carries only translationOf, lang, title, summary and the translated text. Dates, status updates, findings, routing changes, corrections and actions are shown from the original, with translated labels; change them in the original file.',
      'C/statements/apology.fr.mdx:1  (filename)  "fr" in the file name is not a language this site translates into (es: Español, de: Deutsch)  name it apology.<language>.mdx with one of es, de; a new language is added in src/lib/languages.ts with its interface strings',
      'C/statements/apology.fr.mdx:3  lang  "fr" is not a valid language  Valid values: es, de.',
    ]);
  });

  it("the build's loader refuses a translation without an original", async () => {
    const dir = contentWith({ 'statements/sorry.es.mdx': good.replace('translationOf: apology', 'translationOf: sorry') });
    const run = await runAstro('sync', { name: 'translation-no-original', contentDir: relative(root, dir) });
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain(
      `statements/sorry.es.mdx:1  translationOf  "sorry" has no original: there is no ${relative(root, dir)}/statements/sorry.mdx to translate`,
    );
  });
});
