/**
 * The error a loader throws for a content file (ContentFileError) and the one-line form the
 * check prints (formatContentProblem): literal messages, the location Astro shows, the hint.
 */
import { describe, expect, it } from 'vitest';
import { ContentFileError, formatContentProblem, type ContentProblem } from '../../src/lib/content-error';

const FIRST: ContentProblem = {
  file: 'content/statements/a&b <x>.mdx',
  line: 7,
  column: 12,
  field: 'summary',
  what: 'is 301 characters long, the limit is 300',
  fix: 'Shorten it to 300 characters or fewer.',
};
const SECOND: ContentProblem = { file: 'content/regions.yaml', line: 1, field: '(file)', what: 'is not YAML', fix: 'Check the indentation.' };

describe('formatContentProblem', () => {
  it('writes file:line, then field, what and fix separated by two spaces', () => {
    expect(formatContentProblem(FIRST)).toBe(
      'content/statements/a&b <x>.mdx:7  summary  is 301 characters long, the limit is 300  Shorten it to 300 characters or fewer.',
    );
    expect(formatContentProblem(SECOND)).toBe('content/regions.yaml:1  (file)  is not YAML  Check the indentation.');
  });
});

describe('ContentFileError', () => {
  it('is an Error named ContentFileError whose message is every problem, one per line, first one first', () => {
    const error = new ContentFileError([FIRST, SECOND]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentFileError');
    expect(error.message).toBe(
      'content/statements/a&b <x>.mdx:7  summary  is 301 characters long, the limit is 300  Shorten it to 300 characters or fewer.\n' +
        'content/regions.yaml:1  (file)  is not YAML  Check the indentation.',
    );
    expect(error.problems).toEqual([FIRST, SECOND]);
  });

  it("points Astro at the first problem's file, line and column", () => {
    expect(new ContentFileError([FIRST, SECOND]).loc).toEqual({ file: 'content/statements/a&b <x>.mdx', line: 7, column: 12 });
  });

  it('points at column 1 when the first problem has no column', () => {
    expect(new ContentFileError([SECOND, FIRST]).loc).toEqual({ file: 'content/regions.yaml', line: 1, column: 1 });
  });

  it('carries the hint Astro prints under the message', () => {
    expect(new ContentFileError([SECOND]).hint).toBe(
      'Fix the file named above; `npm run check` lists every problem. See "Common errors and their fixes" in PUBLISHING.md.',
    );
  });
});
