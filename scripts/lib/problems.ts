/**
 * The problems `npm run check` prints, one a line: `file:line  field  what is wrong  how to
 * fix`, and the explanation of what the MDX compiler says about a post's text.
 * Plain TypeScript with no Astro imports.
 */

/** One thing to fix. */
export interface Problem {
  /** File path relative to the project root. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The field (dotted path such as "updates.0.status"), or a word in parentheses for the file itself. */
  field: string;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

/** The one-line form the check prints: `file:line  field  what is wrong  how to fix`. */
export function formatProblem(problem: Problem): string {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  return `${problem.file}:${problem.line}  ${problem.field || '-'}  ${oneLine(problem.what)}  ${oneLine(problem.fix)}`;
}

/** Sorts problems by file, then line, then field. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** Explains an MDX syntax error in the body ("3:3: Unexpected character …"). */
export function explainMdxError(message: string): { line: number | undefined; what: string; fix: string } {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message.trim());
  const line = match ? Number(match[1]) : undefined;
  const text = (match ? match[3]! : message).replace(/\s*\((?:mdx|micromark)[^)]*\)\s*$/, '').split('\n')[0]!;
  const what = `the text is not valid MDX (${text})`;
  const closing = /Expected a closing tag for `<([^>`]+)>`/.exec(text);
  if (closing) {
    return { line, what, fix: `close it with </${closing[1]}>, or write <${closing[1]} /> when nothing goes inside` };
  }
  if (/after `<`|JSX tag|before name|tag name/i.test(text)) {
    return { line, what, fix: 'MDX reads "<" as the start of a component: write &lt; instead, or put the text in `backticks`' };
  }
  if (/expression|`\{`|acorn|oxc/i.test(text)) {
    return { line, what, fix: 'MDX reads "{" as code: write \\{ instead, or put the text in `backticks`' };
  }
  return { line, what, fix: 'check this line: "<" and "{" start components and code in MDX (see PUBLISHING.md)' };
}
