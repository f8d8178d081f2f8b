/**
 * The limits of the post file name rules (src/lib/post-files.ts) that content-input.test.ts does
 * not cross: names with no hyphen or several, hyphens at the ends or doubled, underscores, accents,
 * names with nothing to suggest, page numbers of two digits, date-like names, translations,
 * extensions in mixed case, a missing folder, and assertPostFiles. Expected values are written out.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentFileError } from '../../src/lib/content-error';
import { assertPostFiles, postFileProblems, postNameProblems, suggestName } from '../../src/lib/post-files';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temporary folder holding empty files with the given names. */
function folder(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'post-files-'));
  dirs.push(dir);
  for (const name of names) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), '');
  }
  return dir;
}

/** The problems of one name in content/progress, as "field: what | fix". */
const nameProblems = (name: string) =>
  postNameProblems('progress', 'content/progress', name).map((p) => `${p.file} ${p.line} ${p.field}: ${p.what} | ${p.fix}`);

describe('suggestName', () => {
  it('lowercases, drops accents, joins every run of other characters with one hyphen and trims hyphens at both ends', () => {
    expect(suggestName('Week 3_Update')).toBe('week-3-update');
    expect(suggestName('Café  Notes')).toBe('cafe-notes');
    expect(suggestName('_Draft_ (v2)_')).toBe('draft-v2');
    expect(suggestName('__a__b__')).toBe('a-b');
    expect(suggestName('日本')).toBe('');
  });
});

describe('postNameProblems', () => {
  it('accepts one word, several hyphenated words, long parts and a date-like name', () => {
    for (const name of ['intro.mdx', 'week-12.mdx', '2026-09-04-week-9.md', 'a.mdx', '12a.mdx']) expect(nameProblems(name)).toEqual([]);
  });

  it('refuses hyphens at either end or doubled, and underscores, suggesting a name', () => {
    expect(nameProblems('-week.mdx')).toEqual([
      'content/progress/-week.mdx 1 (filename): the file name "-week" cannot be a web address: only lowercase letters, digits and hyphens are allowed | rename it to week.mdx',
    ]);
    expect(nameProblems('week-.md')).toEqual([
      'content/progress/week-.md 1 (filename): the file name "week-" cannot be a web address: only lowercase letters, digits and hyphens are allowed | rename it to week.md',
    ]);
    expect(nameProblems('week--3.mdx')).toEqual([
      'content/progress/week--3.mdx 1 (filename): the file name "week--3" cannot be a web address: only lowercase letters, digits and hyphens are allowed | rename it to week-3.mdx',
    ]);
    expect(nameProblems('week_3.mdx')).toEqual([
      'content/progress/week_3.mdx 1 (filename): the file name "week_3" cannot be a web address: only lowercase letters, digits and hyphens are allowed | rename it to week-3.mdx',
    ]);
  });

  it('explains how to rename a name with nothing to suggest', () => {
    expect(nameProblems('日本.mdx')).toEqual([
      'content/progress/日本.mdx 1 (filename): the file name "日本" cannot be a web address: only lowercase letters, digits and hyphens are allowed | rename it with lowercase words joined by hyphens, e.g. week-3.mdx',
    ]);
  });

  it('refuses a name of digits only, two digits as well as one', () => {
    expect(nameProblems('12.md')).toEqual([
      'content/progress/12.md 1 (filename): would be published at /progress/12/, the address of page 12 of the progress list | start the name with a word or a date, e.g. week-12.md or 2026-09-04-week-12.md',
    ]);
  });
});

describe('postFileProblems', () => {
  it('is empty for a missing folder', () => {
    expect(postFileProblems('progress', join(tmpdir(), 'post-files-none', 'missing'), 'content/progress')).toEqual([]);
  });

  it('skips translations and other files, and lists the problems in file name order', () => {
    const dir = folder(['week-1.mdx', 'week-1.es.mdx', 'week-1.de.md', 'zeta_1.mdx', 'alpha_1.mdx', 'mid_1.mdx', 'b.Md', 'cover.png', 'notes.txt']);
    expect(postFileProblems('progress', dir, 'content/progress').map((p) => `${p.file}: ${p.fix}`)).toEqual([
      'content/progress/alpha_1.mdx: rename it to alpha-1.mdx',
      'content/progress/mid_1.mdx: rename it to mid-1.mdx',
      'content/progress/zeta_1.mdx: rename it to zeta-1.mdx',
      'content/progress/b.Md: rename it to b.md',
    ]);
  });
});

describe('three files with one address', () => {
  it('names the two others in each problem (and refuses the capital letter)', () => {
    const dir = folder(['a.md', 'a.mdx', 'A.mdx']);
    expect(postFileProblems('progress', dir, 'content/progress').map((p) => `${p.file}: ${p.what}`)).toEqual([
      'content/progress/A.mdx: the file name "A" cannot be a web address: only lowercase letters, digits and hyphens are allowed',
      'content/progress/A.mdx: has the same web address as content/progress/a.md and content/progress/a.mdx',
      'content/progress/a.md: has the same web address as content/progress/A.mdx and content/progress/a.mdx',
      'content/progress/a.mdx: has the same web address as content/progress/A.mdx and content/progress/a.md',
    ]);
  });
});

describe('assertPostFiles', () => {
  it('passes a clean folder and throws every problem of a folder with problems', () => {
    expect(() => assertPostFiles('progress', folder(['week-1.mdx', 'week-2.md']), 'content/progress')).not.toThrow();
    let error: unknown;
    try {
      assertPostFiles('audits', folder(['3.mdx', 'x/y.md']), 'content/audits');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentFileError);
    expect((error as ContentFileError).problems).toEqual([
      {
        file: 'content/audits/3.mdx',
        line: 1,
        field: '(filename)',
        what: 'would be published at /audits/3/, the address of page 3 of the audits list',
        fix: 'start the name with a word or a date, e.g. week-3.mdx or 2026-09-04-week-3.mdx',
      },
      {
        file: 'content/audits/x/y.md',
        line: 1,
        field: '(folder)',
        what: 'is in a sub-folder of content/audits/, and posts are published only from the folder itself',
        fix: 'move it to content/audits/y.md',
      },
    ]);
  });
});
