/**
 * An error in one content file that stops the build and the check, carrying what the
 * check prints: file, line, field, what is wrong and how to fix it. Astro shows `loc` as
 * the error's location, so the build names the content file instead of content.config.ts.
 */

/** Where and what, in the comms team's words. */
export interface ContentProblem {
  /** File path as shown (relative to the project when inside it). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** The field, or a word in parentheses for the file itself: "(file)", "(filename)". */
  field: string;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

/** The one-line form: `file:line  field  what is wrong  how to fix` (as `npm run check` prints). */
export function formatContentProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}  ${problem.field}  ${problem.what}  ${problem.fix}`;
}

/** Thrown by the loaders for a content file that cannot be used; lists one or more problems. */
export class ContentFileError extends Error {
  /** Every problem found, first one first. */
  readonly problems: ContentProblem[];
  /** Where Astro points the reader: the first problem's file, line and column. */
  readonly loc: { file: string; line: number; column: number };
  /** Astro prints this under the message. */
  readonly hint: string;

  constructor(problems: ContentProblem[]) {
    const first = problems[0]!;
    super(problems.map(formatContentProblem).join('\n'));
    this.name = 'ContentFileError';
    this.problems = problems;
    this.loc = { file: first.file, line: first.line, column: first.column ?? 1 };
    this.hint = 'Fix the file named above; `npm run check` lists every problem. See "Common errors and their fixes" in PUBLISHING.md.';
  }
}
