/**
 * How `npm run check` reads Astro's errors and the content files: parsing, finding the
 * line of a field, and explaining each problem with a fix.
 */
import { describe, expect, it } from 'vitest';
import { indexOfId, locateField, parseFieldPath, splitFrontmatter, stringValues } from '../../scripts/lib/frontmatter';
import {
  explainIssue,
  explainMdxError,
  explainYamlError,
  formatProblem,
  parseEntryDataError,
  sortProblems,
} from '../../scripts/lib/problems';
import {
  commitmentLinkProblems,
  parseComponentNames,
  strayFileProblems,
  todoProblems,
  unknownComponentProblems,
} from '../../scripts/lib/content-scan';
import { closestName } from '../../src/lib/closest-name';

// As thrown by Astro's sync() (captured from astro 7.3).
const THROWN =
  '**statements → apology** data does not match collection schema.\n\n' +
  '  **summary**: **summary**: Required\n' +
  '  **published**: "next Tuesday" is not an ISO 8601 date. Write 2026-09-01 or 2026-09-01T09:00:00-07:00 (a time needs its offset).\n' +
  '  ****: Unrecognized keys: "tag", "extra"\n';

// As printed by `astro sync` with NO_COLOR (what tests/schema/broken-content.test.ts sees).
const PRINTED = `[InvalidContentEntryDataError] progress → week-1 data does not match collection schema.

  week**: **week: Expected type \`"number"\`, received \`"string"\`
  updates.0.status: "finished" is not a valid commitment status. Valid values: not-started, in-progress, blocked, done.
  published**: **published: Did not match union.
> Required

  Hint:
    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.
  Location:
    /work/main/tests/fixtures/site/progress/week-1.mdx:0:0`;

describe('parseEntryDataError', () => {
  it('reads the thrown form', () => {
    expect(parseEntryDataError(THROWN)).toEqual({
      collection: 'statements',
      entryId: 'apology',
      issues: [
        { path: 'summary', message: 'Required' },
        {
          path: 'published',
          message: '"next Tuesday" is not an ISO 8601 date. Write 2026-09-01 or 2026-09-01T09:00:00-07:00 (a time needs its offset).',
        },
        { path: '', message: 'Unrecognized keys: "tag", "extra"' },
      ],
    });
  });

  it('reads the printed form, with multi-line messages, and stops at the hint', () => {
    const parsed = parseEntryDataError(PRINTED);
    expect(parsed?.collection).toBe('progress');
    expect(parsed?.entryId).toBe('week-1');
    expect(parsed?.issues).toEqual([
      { path: 'week', message: 'Expected type `"number"`, received `"string"`' },
      { path: 'updates.0.status', message: '"finished" is not a valid commitment status. Valid values: not-started, in-progress, blocked, done.' },
      { path: 'published', message: 'Did not match union.\n> Required' },
    ]);
  });

  it('ignores other errors', () => {
    expect(parseEntryDataError('bad indentation of a mapping entry')).toBeUndefined();
  });
});

describe('explainIssue', () => {
  it('splits a schema message into what is wrong and how to fix it', () => {
    expect(
      explainIssue({ path: 'author', message: 'unknown person "nobody". Valid values: ceo, ciso. Fix the spelling, or add it to content/people.yaml.' }, 'statements'),
    ).toEqual([{ field: 'author', what: 'unknown person "nobody"', fix: 'Valid values: ceo, ciso. Fix the spelling, or add it to content/people.yaml.' }]);
  });

  it('calls a TODO value a placeholder, keeping the valid values', () => {
    const [explained] = explainIssue({ path: 'author', message: 'unknown person "TODO". Valid values: ceo, ciso. Fix the spelling.' }, 'progress');
    expect(explained).toEqual({ field: 'author', what: 'still has the placeholder "TODO"', fix: 'Valid values: ceo, ciso. Fix the spelling.' });
  });

  it('explains a missing field with an example', () => {
    for (const message of ['Required', 'Did not match union.\n> Required', 'Invalid input: expected string, received undefined']) {
      const [explained] = explainIssue({ path: 'summary', message }, 'statements');
      expect(explained!.what).toBe('is missing');
      expect(explained!.fix).toMatch(/^add it, e\.g\. summary: ".+" \(One or two sentences/);
    }
  });

  it('explains a wrong type', () => {
    expect(explainIssue({ path: 'week', message: 'Expected type `"number"`, received `"string"`' }, 'progress')).toEqual([
      { field: 'week', what: 'should be a number but is text', fix: 'write the number without quotes, e.g. week: 14' },
    ]);
    const [list] = explainIssue({ path: 'tags', message: 'Expected type `"array"`, received `"string"`' }, 'progress');
    expect(list!.fix).toContain('square brackets');
  });

  it('names each unknown field and suggests the one meant', () => {
    expect(explainIssue({ path: '', message: 'Unrecognized keys: "tag", "extra"' }, 'statements')).toEqual([
      { field: 'tag', what: '"tag" is not a field of posts in statements/', fix: 'did you mean "tags"? Rename it, or delete the line' },
      { field: 'extra', what: '"extra" is not a field of posts in statements/', fix: 'delete the line, or check its spelling against the fields in PUBLISHING.md' },
    ]);
    const [nested] = explainIssue({ path: 'updates.0', message: 'Unrecognized key: "notes"' }, 'progress');
    expect(nested).toMatchObject({ field: 'updates.0.notes', fix: expect.stringContaining('"note"') });
    const [data] = explainIssue({ path: '', message: 'Unrecognized key: "owners"' }, 'commitments');
    expect(data!.fix).toContain('"owner"');
  });

  it('explains sizes, options and whole numbers', () => {
    expect(explainIssue({ path: 'summary', message: 'Too small: expected string to have >=1 characters' }, 'guides')[0]!.what).toBe('is empty');
    expect(explainIssue({ path: 'updates', message: 'Too small: expected array to have >=1 items' }, 'progress')[0]!.what).toBe('needs at least 1 entry');
    expect(explainIssue({ path: 'summary', message: 'Too big: expected string to have <=400 characters' }, 'guides')[0]).toMatchObject({
      what: 'is too long (at most 400 characters)',
      fix: 'shorten it',
    });
    expect(explainIssue({ path: 'week', message: 'Too big: expected number to be <=53' }, 'progress')[0]!.what).toBe('is too big (the most allowed is 53)');
    expect(explainIssue({ path: 'audience', message: 'Invalid option: expected one of "everyone"|"admins"|"developers"' }, 'guides')[0]!.fix).toBe(
      'use one of: everyone, admins, developers',
    );
    expect(explainIssue({ path: 'duration', message: 'Invalid input: expected int, received number' }, 'webinars')[0]!.what).toBe('must be a whole number');
  });
});

describe('YAML and MDX syntax errors', () => {
  it('suggests quotes for a colon and closing for an open quote', () => {
    expect(explainYamlError('bad indentation of a mapping entry').fix).toContain('double quotes');
    expect(explainYamlError('unexpected end of the stream within a double quoted scalar').fix).toContain('not closed');
    expect(explainYamlError('duplicated mapping key').fix).toContain('twice');
    expect(explainYamlError('something new').what).toContain('something new');
  });

  it('reads the line from the MDX message and explains < and {', () => {
    const lt = explainMdxError('3:3: Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:unexpected-character)');
    expect(lt.line).toBe(3);
    expect(lt.fix).toContain('&lt;');
    expect(explainMdxError('5:1: Expected a closing tag for `<Callout>` (5:1) (mdx-jsx:unexpected-character)').fix).toContain('</Callout>');
    expect(explainMdxError('3:11: Could not parse expression with oxc: Expected `,` (mdx-jsx:unexpected-character)').fix).toContain('\\{');
  });
});

describe('finding the line of a field', () => {
  const file = [
    '---',
    'title: "T"',
    'presenters: [ceo, cfo]',
    'updates:',
    '  - commitment: e2ee',
    '    status: done',
    '  - commitment: e2e',
    '    status: finished',
    '---',
    '',
    'Body line 11 with TODO: text',
  ].join('\n');

  it('splits frontmatter and keeps body line numbers', () => {
    const split = splitFrontmatter(file);
    expect(split.hasFrontmatter).toBe(true);
    expect(split.frontmatterLine).toBe(2);
    expect(split.closingLine).toBe(9);
    expect(split.body.split('\n')[10]).toBe('Body line 11 with TODO: text');
    expect(splitFrontmatter(file.replaceAll('\n', '\r\n')).closingLine).toBe(9);
    expect(splitFrontmatter('No frontmatter').hasFrontmatter).toBe(false);
  });

  it('finds nested fields, list items and flow lists, and the parent of a missing field', () => {
    const { frontmatter } = splitFrontmatter(file);
    const at = (path: string) => locateField(frontmatter, parseFieldPath(path));
    expect(at('updates.1.status')).toEqual({ line: 7, found: 'field' });
    expect(at('updates.1.commitment')).toEqual({ line: 6, found: 'field' });
    expect(at('presenters.1')).toEqual({ line: 2, found: 'field' });
    expect(at('updates.1.note')).toEqual({ line: 6, found: 'parent' });
    expect(at('summary')).toEqual({ line: 1, found: 'none' });
  });

  it('finds an entry of a data file by id', () => {
    const yaml = '# people\n- id: ceo\n  name: A\n- id: ciso\n  name: B\n  bio: x\n';
    expect(indexOfId(yaml, 'ciso')).toBe(1);
    expect(locateField(yaml, [indexOfId(yaml, 'ciso'), 'bio']).line).toBe(6);
    expect(indexOfId(yaml, 'nobody')).toBe(-1);
  });

  it('lists string values with paths and lines', () => {
    expect(stringValues('a: x\nb:\n  - c: "TODO: y"\n')).toEqual([
      { path: 'a', value: 'x', line: 1 },
      { path: 'b.0.c', value: 'TODO: y', line: 3 },
    ]);
  });
});

describe('content scan', () => {
  it('finds TODO placeholders in frontmatter and body, with file lines', () => {
    const text = '---\ntitle: "T"\nsummary: "TODO: write"\nauthor: TODO\nnote: "A TODO in the middle is fine"\n---\n\nTODO: body\n';
    const problems = todoProblems('content/statements/x.mdx', text, 'post');
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'summary'],
      [4, 'author'],
      [8, '(text)'],
    ]);
    expect(problems[0]!.fix).toContain('One or two sentences');
  });

  it('finds posts that will never be published where they are', () => {
    const problems = strayFileProblems('content', [
      'commitments.yaml',
      'README.md',
      'stray.mdx',
      'progres/week-1.mdx',
      'images/logo.png',
      'statements/letter.txt',
      'statements/ok.mdx',
      'statements/ok2.md',
      'statements/.DS_Store',
    ]);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/stray.mdx', '(file)'],
      ['content/progres/week-1.mdx', '(folder)'],
      ['content/statements/letter.txt', '(filename)'],
    ]);
    expect(problems[1]!.fix).toContain('content/progress/');
  });

  it('reads the allowed components and finds unknown ones outside code', () => {
    const allowed = parseComponentNames("import A from './A.astro';\nexport const mdxComponents = { Callout, CommitmentLink };\n");
    expect(allowed).toEqual(['Callout', 'CommitmentLink']);
    const body = '\n<Calout>x</Calout> and <Callout />\n`<Nope>` in code\n```\n<AlsoNope />\n```\n<Map.Thing />\n';
    const problems = unknownComponentProblems('f.mdx', body, allowed!);
    expect(problems.map((p) => [p.line, p.what])).toEqual([
      [2, '<Calout> is not a component posts can use'],
      [7, '<Map.Thing> is not a component posts can use'],
    ]);
    expect(problems[0]!.fix).toContain('did you mean <Callout>');
  });

  it('finds CommitmentLink ids that are not commitments', () => {
    const body = '\nSee <CommitmentLink id="e2ee" /> and <CommitmentLink id="e2e" />.\n\n<CommitmentLink id="bounty" />\n';
    const problems = commitmentLinkProblems('f.mdx', body, ['e2ee', 'bug-bounty'], 'content/commitments.yaml');
    expect(problems.map((p) => [p.line, p.what])).toEqual([
      [2, '<CommitmentLink id="e2e"> names an unknown commitment'],
      [4, '<CommitmentLink id="bounty"> names an unknown commitment'],
    ]);
    expect(problems[0]!.fix).toBe('did you mean "e2ee"? Valid values: e2ee, bug-bounty (from content/commitments.yaml)');
  });

  it('suggests close names only', () => {
    expect(closestName('tag', ['tags', 'title'])).toBe('tags');
    expect(closestName('Summary', ['summary'])).toBe('summary');
    expect(closestName('zzzzzz', ['tags'])).toBeUndefined();
  });
});

describe('output', () => {
  it('prints file:line  field  what  fix on one line, sorted', () => {
    const problems = sortProblems([
      { file: 'content/b.mdx', line: 3, field: 'x', what: 'w', fix: 'f' },
      { file: 'content/a.mdx', line: 9, field: '', what: 'multi\n  line', fix: 'fix it' },
      { file: 'content/a.mdx', line: 2, field: 'summary', what: 'is missing', fix: 'add it' },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'content/a.mdx:2  summary  is missing  add it',
      'content/a.mdx:9  -  multi line  fix it',
      'content/b.mdx:3  x  w  f',
    ]);
  });
});
