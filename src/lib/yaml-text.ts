/**
 * YAML read as written. The `yaml` package's default (core) schema keeps an unquoted
 * `due: 2026-02-30` as the text "2026-02-30", where js-yaml (used by Astro) turns it into
 * another, real day; the schemas then check the text. Syntax errors become a
 * ContentFileError with the parser's message, file, line and column.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ContentFileError } from './content-error.ts';

/** What to do about the usual YAML mistakes, by the parser's error code. */
function yamlFix(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'the same field appears twice in one entry: keep one of them';
  if (code === 'TAB_AS_INDENT' || /tab/i.test(message)) return 'indent with spaces, not tabs';
  if (/quote/i.test(message)) {
    return 'the quote opened here is not closed: close it on the same line (a quote inside a quoted value is written \\")';
  }
  if (/MISSING_CHAR|UNEXPECTED_TOKEN|flow/i.test(`${code} ${message}`)) {
    return 'a bracket ([ or {) is not closed, or a value starts with a special character: close the bracket on the same line, or put the value in double quotes';
  }
  return 'if the value contains a colon (:) or starts with a special character, put it in double quotes; otherwise line this line up with the fields around it (spaces, not tabs)';
}

/**
 * For "Missing closing quote", which the parser reports where the text ends, the line and
 * column where the quote was opened: the nearest line before with an odd number of them.
 */
function unclosedQuote(text: string, reason: string, at: { line: number; col: number } | undefined) {
  const quote = /Missing closing (["'])quote/.exec(reason)?.[1];
  if (!quote || !at) return undefined;
  const lines = text.split(/\r?\n/);
  for (let i = Math.min(at.line, lines.length) - 1; i >= 0; i--) {
    const count = lines[i]!.split(quote).length - 1;
    if (count % 2 === 1) return { line: i + 1, col: lines[i]!.lastIndexOf(quote) + 1 };
  }
  return undefined;
}

/**
 * Parses YAML text of `file` (as shown in messages); `firstLine` is the file line of the
 * text's first line (2 for frontmatter after "---"). Throws a ContentFileError on a syntax error.
 */
export function parseYamlAsWritten(text: string, file: string, firstLine = 1): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const pos = unclosedQuote(text, reason, error.linePos?.[0]) ?? error.linePos?.[0] ?? { line: 1, col: 1 };
    throw new ContentFileError([
      {
        file,
        line: pos.line + firstLine - 1,
        column: pos.col,
        field: '(yaml)',
        what: `${firstLine === 1 ? 'the file' : 'the frontmatter'} is not valid YAML (line ${pos.line + firstLine - 1}, column ${pos.col}: ${reason})`,
        fix: yamlFix(error.code, reason),
      },
    ]);
  }
  return { doc, lines };
}

/**
 * `data` (as another YAML reader produced it) with every Date replaced by the text written
 * at the same place in `asWritten` (the same YAML read with the core schema), so that date
 * fields are checked as written. Other values are kept as they are.
 */
export function datesAsWritten(data: unknown, asWritten: unknown): unknown {
  if (data instanceof Date) return typeof asWritten === 'string' ? asWritten : data;
  if (Array.isArray(data)) {
    return data.map((item, i) => datesAsWritten(item, Array.isArray(asWritten) ? asWritten[i] : undefined));
  }
  if (data && typeof data === 'object') {
    const written = asWritten && typeof asWritten === 'object' ? (asWritten as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, datesAsWritten(value, written[key])]));
  }
  return data;
}

/**
 * YAML text read with the core schema (no timestamps: 2026-11-27 stays the text written),
 * or undefined when it is not valid YAML. For the texts of past versions, whose errors no
 * one can fix any more. js-yaml reads about ten times faster than `yaml`.
 */
export function coreYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

const FRONTMATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The frontmatter of a post read as written (dates stay text); undefined when the file has none. Throws on a YAML syntax error. */
export function frontmatterAsWritten(source: string, file: string): unknown {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  // Read fast (the build reads every post's frontmatter twice); `yaml` explains an error.
  return coreYaml(match[1]!) ?? parseYamlAsWritten(match[1]!, file, 2).doc.toJS();
}
