/**
 * The limits of reading content input that content-input.test.ts does not cross: YAML errors of
 * each kind with their fix, line and column (shifted for frontmatter), an unclosed quote found on
 * an earlier line, the frontmatter fence variants (BOM, CRLF, spaces after ---, no newline at
 * the end), dates kept as written through lists and maps of other shapes, data files that are
 * empty, not a list or have entries without ids or with one id twice (every problem, with
 * lines), and map positions at the exact limits. Every expected value is written out.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentFileError, type ContentProblem } from '../../src/lib/content-error';
import { coordinatesIssue, coordinatesProblem } from '../../src/lib/coordinates';
import { assertDataFilesReadable, parseDataList, readDataList, shownPath } from '../../src/lib/data-files';
import { coreYaml, datesAsWritten, frontmatterAsWritten, parseYamlAsWritten } from '../../src/lib/yaml-text';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The problems of the ContentFileError that `run` throws. */
function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentFileError) return error.problems;
    throw error;
  }
  throw new Error('nothing was thrown');
}

/** "line:column what | fix" of the one problem of a YAML text read as frontmatter (first line 3 of the file). */
function yamlProblem(text: string, firstLine = 3): string {
  const [p, ...rest] = problemsOf(() => parseYamlAsWritten(text, 'f.mdx', firstLine));
  expect(rest).toEqual([]);
  expect([p!.file, p!.field]).toEqual(['f.mdx', '(yaml)']);
  return `${p!.line}:${p!.column} ${p!.what} | ${p!.fix}`;
}

const QUOTE_FIX = 'the quote opened here is not closed: close it on the same line (a quote inside a quoted value is written \\")';
const BRACKET_FIX =
  'a bracket ([ or {) is not closed, or a value starts with a special character: close the bracket on the same line, or put the value in double quotes';
const OTHER_FIX =
  'if the value contains a colon (:) or starts with a special character, put it in double quotes; otherwise line this line up with the fields around it (spaces, not tabs)';

describe('parseYamlAsWritten', () => {
  it('names each usual mistake with its fix, at its line in the file', () => {
    expect(yamlProblem('a: 1\na: 2\n', 1)).toBe(
      '2:1 the file is not valid YAML (line 2, column 1: Map keys must be unique) | the same field appears twice in one entry: keep one of them',
    );
    expect(yamlProblem('a:\n\t- x\n')).toBe(
      '4:1 the frontmatter is not valid YAML (line 4, column 1: Tabs are not allowed as indentation) | indent with spaces, not tabs',
    );
    expect(yamlProblem('a: [1, 2\nb: 3\n')).toBe(
      `4:1 the frontmatter is not valid YAML (line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]) | ${BRACKET_FIX}`,
    );
    expect(yamlProblem('a: {x: 1\n')).toBe(
      `4:1 the frontmatter is not valid YAML (line 4, column 1: Flow map in block collection must be sufficiently indented and end with a }) | ${BRACKET_FIX}`,
    );
    expect(yamlProblem('a: b: c\n')).toBe(
      `3:4 the frontmatter is not valid YAML (line 3, column 4: Nested mappings are not allowed in compact mappings) | ${OTHER_FIX}`,
    );
    expect(yamlProblem('a: @x\n')).toBe(
      `3:4 the frontmatter is not valid YAML (line 3, column 4: Plain value cannot start with reserved character @) | ${OTHER_FIX}`,
    );
  });

  it('points an unclosed quote at the line where it was opened, double or single', () => {
    expect(yamlProblem('a: 1\nb: "open\nc: 2\n')).toBe(`4:4 the frontmatter is not valid YAML (line 4, column 4: Missing closing "quote) | ${QUOTE_FIX}`);
    expect(yamlProblem("a: 'x'\nb: 'open\nc: 2\n", 1)).toBe(`2:4 the file is not valid YAML (line 2, column 4: Missing closing 'quote) | ${QUOTE_FIX}`);
    expect(yamlProblem('a: "x"\nb: "y" "z"\n')).toBe(
      `4:8 the frontmatter is not valid YAML (line 4, column 8: Unexpected double-quoted-scalar at node end) | ${QUOTE_FIX}`,
    );
  });

  it('finds a quote opened on the first line, and reads positions of two digits', () => {
    expect(yamlProblem('a: "open\nb: 1\n')).toBe(`3:4 the frontmatter is not valid YAML (line 3, column 4: Missing closing "quote) | ${QUOTE_FIX}`);
    const text = `${Array.from({ length: 11 }, (_, i) => `f${i}: ${i}`).join('\n')}\nbad: [1\n`;
    expect(yamlProblem(text, 1)).toBe(
      `13:1 the file is not valid YAML (line 13, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]) | ${BRACKET_FIX}`,
    );
  });

  it('returns the document and its line counter for valid YAML', () => {
    const { doc, lines } = parseYamlAsWritten('a: 1\nb: 2026-02-30\n', 'f.yaml');
    expect(doc.toJS()).toEqual({ a: 1, b: '2026-02-30' });
    expect(lines.linePos(5)).toEqual({ line: 2, col: 1 });
  });
});

describe('coreYaml and frontmatterAsWritten', () => {
  it('reads YAML with dates as text, and gives undefined for invalid YAML', () => {
    expect(coreYaml('due: 2026-02-30\nn: 3\n')).toEqual({ due: '2026-02-30', n: 3 });
    expect(coreYaml('a: [1\n')).toBeUndefined();
  });

  it('finds the frontmatter after a BOM, with CRLF, spaces after the fences, and a closing fence at the very end', () => {
    expect(frontmatterAsWritten('\uFEFF---\ntitle: T\n---\nbody', 'a.mdx')).toEqual({ title: 'T' });
    expect(frontmatterAsWritten('---  \r\ntitle: T\r\npublished: 2026-02-30\r\n--- \t\r\nbody', 'a.mdx')).toEqual({ title: 'T', published: '2026-02-30' });
    expect(frontmatterAsWritten('---\ntitle: T\n---', 'a.mdx')).toEqual({ title: 'T' });
    expect(frontmatterAsWritten('---\n---\n', 'a.mdx')).toBeNull();
    expect(frontmatterAsWritten('title: T\n---\n', 'a.mdx')).toBeUndefined();
    expect(frontmatterAsWritten('---\ntitle: T\n---x\n', 'a.mdx')).toBeUndefined();
    expect(frontmatterAsWritten(' ---\ntitle: T\n---\n', 'a.mdx')).toBeUndefined();
  });

  it('explains invalid frontmatter at its line in the file (the end of "week: [3" on line 3)', () => {
    expect(problemsOf(() => frontmatterAsWritten('---\ntitle: T\nweek: [3\n---\n', 'content/progress/a.mdx'))).toEqual([
      {
        file: 'content/progress/a.mdx',
        line: 3,
        column: 9,
        field: '(yaml)',
        what: 'the frontmatter is not valid YAML (line 3, column 9: Flow sequence in block collection must be sufficiently indented and end with a ])',
        fix: BRACKET_FIX,
      },
    ]);
  });
});

describe('datesAsWritten', () => {
  it('replaces each Date with the text at the same place, through lists and maps, and keeps the rest', () => {
    const day = new Date('2026-03-02T00:00:00Z');
    const data = { a: day, list: [day, day, { d: day }], n: 1, s: 'x', none: null, keep: day, other: day };
    const written = { a: '2026-02-30', list: ['2026-02-31', 7, { d: '2026-04-31' }], n: 1, s: 'x', none: null, keep: 5, other: 'w' };
    expect(datesAsWritten(data, written)).toEqual({
      a: '2026-02-30',
      list: ['2026-02-31', day, { d: '2026-04-31' }],
      n: 1,
      s: 'x',
      none: null,
      keep: day,
      other: 'w',
    });
    expect(datesAsWritten([day], { 0: '2026-02-30' })).toEqual([day]);
    expect(datesAsWritten({ a: day }, 'text')).toEqual({ a: day });
    expect(datesAsWritten({ 0: day }, 'text')).toEqual({ 0: day });
    expect(datesAsWritten({ a: { b: day } }, null)).toEqual({ a: { b: day } });
  });
});

describe('parseDataList', () => {
  it('refuses an empty file and a file that is not a list', () => {
    const fix = 'start every entry with "- id: …" at the beginning of a line, as in the other data files';
    expect(problemsOf(() => parseDataList('', 'content/people.yaml'))).toEqual([
      { file: 'content/people.yaml', line: 1, field: '(file)', what: 'is empty', fix },
    ]);
    expect(problemsOf(() => parseDataList('# nothing\n', 'content/people.yaml'))).toEqual([
      { file: 'content/people.yaml', line: 1, field: '(file)', what: 'is empty', fix },
    ]);
    expect(problemsOf(() => parseDataList('id: a\n', 'content/people.yaml'))).toEqual([
      { file: 'content/people.yaml', line: 1, field: '(file)', what: 'is not a list of entries', fix },
    ]);
    expect(problemsOf(() => parseDataList('just text\n', 'content/people.yaml'))).toEqual([
      { file: 'content/people.yaml', line: 1, field: '(file)', what: 'is not a list of entries', fix },
    ]);
  });

  it('names every entry without a text id and every id used twice, with their lines', () => {
    const text = ['- id: a', '  name: A', '- name: no id', '- id: ""', '- id: 7', '- plain', '- id: a', '- id: b', '- id: a', ''].join('\n');
    const noId = (index: number, line: number) => ({
      file: 'd.yaml',
      line,
      field: `${index}.id`,
      what: `entry ${index + 1} has no id`,
      fix: 'add "id: some-id" (lowercase words joined by hyphens) as its first line',
    });
    const twice = (line: number) => ({
      file: 'd.yaml',
      line,
      field: 'a.id',
      what: `the id "a" is used twice (line 1 and line ${line})`,
      fix: 'every entry needs its own id: rename one of them, or merge the two entries',
    });
    expect(problemsOf(() => parseDataList(text, 'd.yaml'))).toEqual([noId(1, 3), noId(2, 4), noId(3, 5), noId(4, 6), twice(7), twice(9)]);
  });

  it('returns the entries, dates as written', () => {
    expect(parseDataList('- id: a\n  due: 2026-02-30\n- id: b\n', 'd.yaml')).toEqual([{ id: 'a', due: '2026-02-30' }, { id: 'b' }]);
  });
});

describe('readDataList, shownPath and assertDataFilesReadable', () => {
  it('shows paths inside the working folder relative to it, others in full', () => {
    expect(shownPath(join(process.cwd(), 'content', 'people.yaml'))).toBe('content/people.yaml');
    expect(shownPath('/elsewhere/people.yaml')).toBe('/elsewhere/people.yaml');
  });

  it('refuses a missing file, naming it, and reads every data file in order, stopping at the first broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'data-files-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'content'));
    const content = join(dir, 'content');
    expect(problemsOf(() => readDataList(content, 'people.yaml'))).toEqual([
      {
        file: `${content}/people.yaml`,
        line: 1,
        field: '(file)',
        what: 'is missing',
        fix: `create ${content}/people.yaml: the site cannot be built without it`,
      },
    ]);
    writeFileSync(join(content, 'people.yaml'), '- id: p\n');
    writeFileSync(join(content, 'commitments.yaml'), 'not: a list\n');
    writeFileSync(join(content, 'regions.yaml'), '');
    expect(problemsOf(() => assertDataFilesReadable(content)).map((p) => `${p.file} ${p.what}`)).toEqual([
      `${content}/commitments.yaml is not a list of entries`,
    ]);
    writeFileSync(join(content, 'commitments.yaml'), '- id: c\n');
    expect(problemsOf(() => assertDataFilesReadable(content)).map((p) => `${p.file} ${p.what}`)).toEqual([`${content}/regions.yaml is empty`]);
    writeFileSync(join(content, 'regions.yaml'), '- id: r\n');
    expect(() => assertDataFilesReadable(content)).not.toThrow();
    writeFileSync(join(content, 'people.yaml'), '- name: no id\n');
    expect(problemsOf(() => assertDataFilesReadable(content)).map((p) => `${p.file} ${p.what}`)).toEqual([`${content}/people.yaml entry 1 has no id`]);
  });
});

describe('coordinatesIssue and coordinatesProblem', () => {
  it('accepts the exact limits and refuses just past them', () => {
    for (const pair of [
      [180, 90],
      [-180, -90],
      [0, 0],
    ] as const)
      expect(coordinatesIssue(pair)).toBeUndefined();
    expect(coordinatesProblem([180.5, 0])).toBe(
      '[180.5, 0]: longitude 180.5 (the first number) is outside -180 to 180. Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.',
    );
    expect(coordinatesProblem([-180.5, 0])).toBe(
      '[-180.5, 0]: longitude -180.5 (the first number) is outside -180 to 180. Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.',
    );
    expect(coordinatesProblem([0, -90.5])).toBe(
      '[0, -90.5]: latitude -90.5 (the second number) is outside -90 to 90. Did you swap them? Write [longitude, latitude]: [-90.5, 0].',
    );
  });

  it('suggests the swap only when both numbers fit the other way round, and names the latitude first', () => {
    expect(coordinatesIssue([90, 180])).toEqual({
      what: '[90, 180]: latitude 180 (the second number) is outside -90 to 90',
      fix: 'Did you swap them? Write [longitude, latitude]: [180, 90].',
    });
    expect(coordinatesIssue([-90, -180])?.fix).toBe('Did you swap them? Write [longitude, latitude]: [-180, -90].');
    expect(coordinatesIssue([90.5, 100])?.fix).toBe('Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.');
    expect(coordinatesIssue([10, 180.5])?.fix).toBe('Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.');
    expect(coordinatesIssue([200, 100])).toEqual({
      what: '[200, 100]: latitude 100 (the second number) is outside -90 to 90',
      fix: 'Write [longitude, latitude], e.g. [8.68, 50.11] for Frankfurt.',
    });
  });
});
