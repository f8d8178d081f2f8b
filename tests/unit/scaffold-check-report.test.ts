/**
 * How `npm run check` reads the content files and the schemas' issues: finding the line of a
 * field, and explaining each problem with a fix.
 */
import { describe, expect, it } from 'vitest';
import { indexOfId, locateField, parseFieldPath, splitFrontmatter, stringValues } from '../../scripts/lib/frontmatter';
import { explainMdxError, formatProblem, sortProblems } from '../../scripts/lib/problems';
import { explainZodIssue, helpText } from '../../scripts/lib/explain-issue';
import type { z } from 'astro/zod';
import { dataSchemas, postSchemas, type ContentRefs } from '../../src/schemas';
import { commitmentLinkProblems, parseComponentNames, strayFileProblems, todoProblems, unknownComponentProblems } from '../../scripts/lib/content-scan';
import { closestName } from '../../src/lib/closest-name';

const refs: ContentRefs = {
  contentDir: 'content',
  planStart: '2026-09-01',
  commitmentIds: ['e2ee', 'bug-bounty'],
  regionIds: ['eu-central'],
  personIds: ['ceo', 'ciso'],
};
const posts = postSchemas(refs);

/** A valid progress post's frontmatter, with `change` applied. */
function progress(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Week 1',
    summary: 'S.',
    published: '2026-09-04T10:00:00-07:00',
    author: 'ceo',
    week: 1,
    updates: [{ commitment: 'e2ee', status: 'in-progress', note: 'N.' }],
    ...change,
  };
}

/** A valid statement's frontmatter (the common fields only), with `change` applied. */
function statement(change: Record<string, unknown> = {}): Record<string, unknown> {
  const { week: _week, updates: _updates, ...common } = progress();
  return { ...common, ...change };
}

/** The check's explanations of validating `data` with `schema` (paths dotted). */
function explain(schema: z.ZodType, data: unknown, owner = 'posts in progress/') {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => explainZodIssue(issue, schema, data, owner)).map((e) => ({ ...e, path: e.path.join('.') }));
}

describe('explainZodIssue, on real issues of the schemas', () => {
  it('passes a valid post', () => {
    expect(explain(posts.progress, progress())).toEqual([]);
  });

  it('keeps the what and the fix a refinement gives, without splitting sentences', () => {
    expect(explain(posts.progress, progress({ author: 'nobody' }))).toEqual([
      { path: 'author', what: 'unknown person "nobody"', fix: 'Valid values: ceo, ciso. Fix the spelling, or add it to content/people.yaml.' },
    ]);
    expect(explain(posts.progress, progress({ published: '2026-02-30' }))).toEqual([
      { path: 'published', what: '"2026-02-30" is not a real date: February 2026 has 28 days', fix: 'Write a day from 01 to 28, e.g. 2026-02-28.' },
    ]);
    expect(explain(posts.progress, progress({ tags: ['Bug Bounty'] }))).toEqual([
      { path: 'tags.0', what: '"Bug Bounty" is not allowed', fix: 'Use lowercase letters, digits and hyphens, e.g. "waiting-rooms".' },
    ]);
  });

  it('calls a TODO value a placeholder, keeping the fix', () => {
    expect(explain(posts.progress, progress({ author: 'TODO' }))).toEqual([
      { path: 'author', what: 'still has the placeholder "TODO"', fix: 'Valid values: ceo, ciso. Fix the spelling, or add it to content/people.yaml.' },
    ]);
  });

  it('explains a missing field with the example and description of its metadata', () => {
    const { summary: _, ...withoutSummary } = progress();
    expect(explain(posts.progress, withoutSummary)).toEqual([
      {
        path: 'summary',
        what: 'is missing',
        fix: 'add it, e.g. summary: "Encryption is now on for every meeting." (One or two sentences shown in lists, feeds and search results (at most 400 characters))',
      },
    ]);
  });

  it('explains a wrong type, and a list entry by the list it is in', () => {
    expect(explain(posts.progress, progress({ week: 'one' }))).toEqual([
      { path: 'week', what: 'should be a number but is text', fix: 'write the number without quotes, e.g. week: 14' },
    ]);
    expect(explain(posts.progress, progress({ tags: 'plan' }))[0]!.fix).toBe('write a list in square brackets, e.g. tags: [encryption, safer-defaults]');
    expect(explain(posts.progress, progress({ week: 1.5 }))).toEqual([
      { path: 'week', what: 'must be a whole number', fix: 'remove the decimals, e.g. week: 14' },
    ]);
  });

  it('names each unknown field and suggests the one meant, from the schema', () => {
    expect(explain(posts.statements, statement({ tag: ['plan'], extra: 1 }), 'posts in statements/')).toEqual([
      { path: 'tag', what: '"tag" is not a field of posts in statements/', fix: 'did you mean "tags"? Rename it, or delete the line' },
      {
        path: 'extra',
        what: '"extra" is not a field of posts in statements/',
        fix: 'delete the line, or check its spelling against the fields in PUBLISHING.md',
      },
    ]);
    const nested = explain(posts.progress, progress({ updates: [{ commitment: 'e2ee', status: 'done', notes: 'N.' }] }));
    expect(nested).toContainEqual({
      path: 'updates.0.notes',
      what: '"notes" is not a field of an entry of "updates"',
      fix: 'did you mean "note"? Rename it, or delete the line',
    });
    const owners = explain(
      dataSchemas(refs).commitments,
      { id: 'x', title: 'T', summary: 'S', promised: '2026-09-01', due: '2026-10-01', owner: 'ceo', category: 'security', owners: 1 },
      'the entries of commitments.yaml',
    );
    expect(owners).toEqual([
      { path: 'owners', what: '"owners" is not a field of the entries of commitments.yaml', fix: 'did you mean "owner"? Rename it, or delete the line' },
    ]);
  });

  it('explains sizes and allowed words, with the words from the schema', () => {
    expect(explain(posts.progress, progress({ summary: '' }))[0]!.what).toBe('is empty');
    expect(explain(posts.progress, progress({ summary: 's'.repeat(401) }))[0]).toMatchObject({
      what: 'is too long (at most 400 characters)',
      fix: 'shorten it',
    });
    expect(explain(posts.progress, progress({ week: 54 }))[0]).toMatchObject({ what: 'is too big (the most allowed is 53)', fix: 'use 53 or less' });
    expect(explain(posts.progress, progress({ updates: [] }))[0]).toMatchObject({
      what: 'a progress update reports on at least one commitment',
      fix: 'add one, e.g. updates: followed by indented entries',
    });
    expect(explain(posts.guides, statement({ audience: 'admin' }), 'posts in guides/')).toEqual([
      { path: 'audience', what: '"admin" is not a valid guide audience', fix: 'Valid values: everyone, admins, developers.' },
    ]);
    expect(explain(posts.progress, progress({ updates: [{ commitment: 'e2ee', status: 'finished', note: 'N.' }] }))).toEqual([
      { path: 'updates.0.status', what: '"finished" is not a valid commitment status', fix: 'Valid values: not-started, in-progress, blocked, done.' },
    ]);
  });
});

describe('MDX syntax errors', () => {
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
    const problems = todoProblems('content/statements/x.mdx', text, 'post', (path) => helpText(posts.statements, parseFieldPath(path)));
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
