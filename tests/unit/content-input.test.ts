/**
 * Content read as written: impossible dates, broken or ambiguous data files, post file
 * names that cannot be their address, and impossible map positions are refused with the
 * value and the fix.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentFileError } from '../../src/lib/content-error';
import { coordinatesProblem } from '../../src/lib/coordinates';
import { assertDataFilesReadable, parseDataList, readDataList } from '../../src/lib/data-files';
import { readIsoDateTime } from '../../src/lib/iso-date';
import { postFileProblems } from '../../src/lib/post-files';
import { readIds } from '../../src/lib/reference-ids';
import { datesAsWritten, frontmatterAsWritten } from '../../src/lib/yaml-text';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temporary folder with the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-input-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The problems of a ContentFileError thrown by `run`. */
function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentFileError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('readIsoDateTime', () => {
  it('reads real dates and date-times', () => {
    const at = (text: string) => {
      const r = readIsoDateTime(text);
      return r.ok ? r.date.toISOString() : r.problem;
    };
    expect(at('2026-09-01')).toBe('2026-09-01T00:00:00.000Z');
    expect(at('2028-02-29')).toBe('2028-02-29T00:00:00.000Z');
    expect(at('2026-11-01T01:30:00-07:00')).toBe('2026-11-01T08:30:00.000Z');
    expect(at('2026-11-01T01:30:00-08:00')).toBe('2026-11-01T09:30:00.000Z');
    expect(at('2026-09-01T23:59:59.5+14:00')).toBe('2026-09-01T09:59:59.500Z');
  });

  it('refuses impossible days, months, hours and offsets, naming the value and the fix', () => {
    const problem = (text: string) => {
      const r = readIsoDateTime(text);
      return r.ok ? `read as ${r.date.toISOString()}` : r.problem;
    };
    expect(problem('2026-02-30')).toBe('"2026-02-30" is not a real date: February 2026 has 28 days. Write a day from 01 to 28, e.g. 2026-02-28.');
    expect(problem('2026-02-29T10:00:00Z')).toBe(
      '"2026-02-29T10:00:00Z" is not a real date: February 2026 has 28 days. Write a day from 01 to 28, e.g. 2026-02-28.',
    );
    expect(problem('2026-09-31')).toBe('"2026-09-31" is not a real date: September 2026 has 30 days. Write a day from 01 to 30, e.g. 2026-09-30.');
    expect(problem('2026-13-01')).toBe(
      '"2026-13-01" is not a real date: there is no month 13 (months are 01 to 12). Write the date as year-month-day, e.g. 2026-09-01.',
    );
    expect(problem('2026-00-10')).toMatch(/^"2026-00-10" is not a real date: there is no month 00/);
    expect(problem('2026-09-01T25:00:00-07:00')).toBe(
      '"2026-09-01T25:00:00-07:00" is not a real time: hours go from 00 to 23, minutes and seconds from 00 to 59. Write e.g. 2026-09-01T09:00:00-07:00.',
    );
    expect(problem('2026-09-01T24:00:00Z')).toMatch(/is not a real time/);
    expect(problem('2026-09-01T10:60:00Z')).toMatch(/is not a real time/);
    expect(problem('2026-09-01T10:00:00+25:00')).toMatch(/^"2026-09-01T10:00:00\+25:00" has an impossible offset \+25:00/);
    expect(problem('2026-09-01T09:00:00')).toBe(
      '"2026-09-01T09:00:00" is not an ISO 8601 date: the time has no offset. Add it, e.g. 2026-09-01T09:00:00-07:00, or Z for UTC.',
    );
    expect(problem('1 September 2026')).toBe(
      '"1 September 2026" is not an ISO 8601 date. Write 2026-09-01 or 2026-09-01T09:00:00-07:00 (a time needs its offset).',
    );
  });
});

describe('data files', () => {
  it('keep dates as written, quoted or not', () => {
    const items = parseDataList('- id: a\n  due: 2026-02-30\n- id: b\n  due: "2026-13-01"\n  n: 3\n', 'content/commitments.yaml');
    expect(items).toEqual([
      { id: 'a', due: '2026-02-30' },
      { id: 'b', due: '2026-13-01', n: 3 },
    ]);
  });

  it('report a YAML syntax error once, with the parser message, line and column', () => {
    const error = thrown(() => parseDataList('- id: a\n  title: "Open\n- id: b\n', 'content/commitments.yaml'));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file: 'content/commitments.yaml', field: '(yaml)' });
    expect(error.message).toBe(
      'content/commitments.yaml:2  (yaml)  the file is not valid YAML (line 2, column 10: Missing closing "quote)  the quote opened here is not closed: close it on the same line (a quote inside a quoted value is written \\")',
    );
    expect(error.loc.file).toBe('content/commitments.yaml');

    const indented = thrown(() => parseDataList('- id: a\n  title: A\n   owner: x\n', 'content/people.yaml'));
    expect(indented.problems[0]!.line).toBe(2);
    expect(indented.problems[0]!.what).toBe('the file is not valid YAML (line 2, column 10: Nested mappings are not allowed in compact mappings)');
  });

  it('name an id used twice, with both lines', () => {
    const error = thrown(() => parseDataList('- id: a\n  title: A\n- id: b\n- id: a\n  title: again\n', 'content/commitments.yaml'));
    expect(error.message).toBe(
      'content/commitments.yaml:4  a.id  the id "a" is used twice (line 1 and line 4)  every entry needs its own id: rename one of them, or merge the two entries',
    );
  });

  it('name an entry without an id, a file that is not a list, a duplicated key and a missing file', () => {
    expect(thrown(() => parseDataList('- id: a\n- title: B\n', 'x.yaml')).message).toBe(
      'x.yaml:2  1.id  entry 2 has no id  add "id: some-id" (lowercase words joined by hyphens) as its first line',
    );
    expect(thrown(() => parseDataList('id: a\ntitle: A\n', 'x.yaml')).problems[0]!.what).toBe('is not a list of entries');
    expect(thrown(() => parseDataList('# nothing yet\n', 'x.yaml')).problems[0]!.what).toBe('is empty');
    expect(thrown(() => parseDataList('- id: a\n  title: A\n  title: B\n', 'x.yaml')).problems[0]).toMatchObject({
      line: 3,
      fix: 'the same field appears twice in one entry: keep one of them',
    });
    const dir = folder({ 'people.yaml': '- id: a\n' });
    expect(thrown(() => readDataList(dir, 'regions.yaml')).problems[0]!.what).toBe('is missing');
    expect(() => assertDataFilesReadable(dir)).toThrow(/commitments\.yaml:1 {2}\(file\) {2}is missing/);
  });

  it('give no ids, without throwing, when a file cannot be read (the loaders throw instead)', () => {
    const dir = folder({ 'commitments.yaml': '- id: a\n  x: "\n', 'people.yaml': '- id: p\n- id: q\n' });
    expect(readIds(dir, 'commitments.yaml')).toEqual([]);
    expect(readIds(dir, 'people.yaml')).toEqual(['p', 'q']);
  });
});

describe('post frontmatter as written', () => {
  it('replaces the dates js-yaml rolled over with the text written', () => {
    const source = '---\ntitle: T\npublished: 2026-02-30\ncorrections:\n  - date: 2026-13-01\n    text: x\nweek: 3\n---\nBody\n';
    const written = frontmatterAsWritten(source, 'content/progress/a.mdx');
    // What js-yaml (Astro's frontmatter reader) makes of it.
    const jsYaml = { title: 'T', published: new Date('2026-03-02T00:00:00Z'), corrections: [{ date: new Date('2027-01-01T00:00:00Z'), text: 'x' }], week: 3 };
    expect(datesAsWritten(jsYaml, written)).toEqual({ title: 'T', published: '2026-02-30', corrections: [{ date: '2026-13-01', text: 'x' }], week: 3 });
  });

  it('reports a frontmatter syntax error at its line in the file', () => {
    const error = thrown(() => frontmatterAsWritten('---\ntitle: "Week 3: x\nweek: 3\n---\n', 'content/progress/a.mdx'));
    expect(error.problems[0]!.file).toBe('content/progress/a.mdx');
    expect(error.problems[0]!.what).toMatch(/^the frontmatter is not valid YAML \(line \d+, column \d+: /);
  });
});

describe('post file names', () => {
  it('refuse names that cannot be the address, sub-folders, page numbers and two files with one address', () => {
    const dir = folder({
      'week-1.mdx': '',
      '2.mdx': '',
      '2026/week-9.mdx': '',
      'Week 3_Update.mdx': '',
      'week-1.md': '',
      'week-4.MDX': '',
      'notes.txt': '',
    });
    const lines = postFileProblems('progress', dir, 'content/progress').map((p) => `${p.file}  ${p.field}  ${p.what}  ${p.fix}`);
    expect(lines).toEqual([
      'content/progress/2.mdx  (filename)  would be published at /progress/2/, the address of page 2 of the progress list  start the name with a word or a date, e.g. week-2.mdx or 2026-09-04-week-2.mdx',
      'content/progress/2026/week-9.mdx  (folder)  is in a sub-folder of content/progress/, and posts are published only from the folder itself  move it to content/progress/week-9.mdx',
      'content/progress/Week 3_Update.mdx  (filename)  the file name "Week 3_Update" cannot be a web address: only lowercase letters, digits and hyphens are allowed  rename it to week-3-update.mdx',
      'content/progress/week-4.MDX  (filename)  ends in ".MDX", so it will never be published: only lowercase .mdx and .md are  rename it to week-4.mdx',
      "content/progress/week-1.md  (filename)  has the same web address as content/progress/week-1.mdx  rename or delete one of them: the file name is the post's address (.md and .mdx files with one name collide)",
      "content/progress/week-1.mdx  (filename)  has the same web address as content/progress/week-1.md  rename or delete one of them: the file name is the post's address (.md and .mdx files with one name collide)",
    ]);
  });
});

describe('coordinatesProblem', () => {
  it('accepts a place on Earth', () => {
    expect(coordinatesProblem([8.68, 50.11])).toBeUndefined();
    expect(coordinatesProblem([-180, -90])).toBeUndefined();
  });

  it('names a latitude out of range and suggests the swap when it fits', () => {
    expect(coordinatesProblem([45.52, -122.99])).toBe(
      '[45.52, -122.99]: latitude -122.99 (the second number) is outside -90 to 90. Did you swap them? Write [longitude, latitude]: [-122.99, 45.52].',
    );
    expect(coordinatesProblem([200, 10])).toBe(
      '[200, 10]: longitude 200 (the first number) is outside -180 to 180. Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.',
    );
    expect(coordinatesProblem([120, 95])).toMatch(/latitude 95 .* Write \[longitude, latitude\], e\.g\./);
  });
});
