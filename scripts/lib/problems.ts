/**
 * Turns what Astro and the MDX compiler say about a content file into problems the comms
 * team can act on: `file:line  field  what is wrong  how to fix`.
 * Plain TypeScript with no Astro imports; scripts/check.ts feeds it real errors.
 */
import { closestName } from '../../src/lib/closest-name.ts';
import { DATA_FIELDS, FIELD_HELP, helpFor, ITEM_FIELDS, KIND_FIELDS } from './fields.ts';
import { isKind, TODO } from './scaffold.ts';

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
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
}

/** One issue Astro lists under "data does not match collection schema". */
export interface SchemaIssue {
  /** Dotted field path ("" for the entry itself). */
  path: string;
  /** The message, without the repeated path. */
  message: string;
}

/** An InvalidContentEntryDataError, parsed. */
export interface EntryDataError {
  /** Collection name (post kind or data file stem). */
  collection: string;
  /** Entry id (post slug, or the id of an item of a YAML list). */
  entryId: string;
  /** The issues, in Astro's order. */
  issues: SchemaIssue[];
}

const ISSUE_LINE = /^ {2}([A-Za-z0-9_.$-]*): ?(.*)$/;
const SECTION_LINE = /^\s*(Hint|Error reference|Location|Stack trace):/;

/**
 * Parses the message of Astro's InvalidContentEntryDataError, either as thrown
 * ("**progress → week-1** data does not …\n\n  **week**: …") or as printed by the CLI
 * ("[InvalidContentEntryDataError] progress → week-1 data does not …").
 */
export function parseEntryDataError(message: string): EntryDataError | undefined {
  const lines = message.replaceAll('**', '').split(/\r?\n/);
  const headIndex = lines.findIndex((l) => / → .+ data does not match collection schema/.test(l));
  if (headIndex < 0) return undefined;
  const head = /^(?:\[\w+\]\s*)?(.+?) → (.+?) data does not match collection schema/.exec(lines[headIndex]!.trim());
  if (!head) return undefined;
  const issues: SchemaIssue[] = [];
  for (const text of lines.slice(headIndex + 1)) {
    if (SECTION_LINE.test(text)) break;
    const match = ISSUE_LINE.exec(text);
    if (match && !text.startsWith('   ')) {
      const path = match[1]!;
      let body = match[2]!;
      if (path && body.startsWith(`${path}: `)) body = body.slice(path.length + 2);
      issues.push({ path, message: body });
    } else if (text.trim() && issues.length > 0) {
      issues[issues.length - 1]!.message += `\n${text.trim()}`;
    }
  }
  return { collection: head[1]!, entryId: head[2]!, issues };
}

/** A problem without its place (file and line are added by the caller). */
export interface Explained {
  /** Dotted field path. */
  field: string;
  /** What is wrong. */
  what: string;
  /** How to fix it. */
  fix: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a list or a group of fields',
  array: 'a list',
  date: 'a date',
};

/** The first line of an example, for one-line fixes. */
function exampleOf(path: string): string | undefined {
  const help = helpFor(path);
  if (!help) return undefined;
  const [first, ...rest] = help.example.split('\n');
  return rest.length > 0 ? `${first} followed by indented entries` : first;
}

/** "e.g. week: 14" or "" when the field has no example. */
function eg(path: string): string {
  const example = exampleOf(path);
  return example ? `, e.g. ${example}` : '';
}

/** The type fix for an expected type. */
function typeFix(expected: string, path: string): string {
  if (expected.includes('number')) return `write the number without quotes${eg(path)}`;
  if (expected.includes('boolean')) return 'write true or false, without quotes';
  if (expected.includes('array')) return `write a list in square brackets${eg(path)}`;
  if (expected.includes('object')) return `write the indented fields under it${eg(path)}`;
  if (expected.includes('date') || expected.includes('Date')) return `write an ISO 8601 date${eg(path)}`;
  return `put the text in double quotes${eg(path)}`;
}

/** Splits a message into its first sentence and the rest. */
function splitSentence(message: string): [string, string] {
  const match = /^(.+?)\.\s+(?=[A-Z"])([\s\S]*)$/.exec(message);
  return match ? [match[1]!, match[2]!.trim()] : [message.replace(/\.$/, ''), ''];
}

/** Names a field could have been, for "did you mean". */
function knownNames(collection: string, parentPath: string): string[] {
  if (!isKind(collection)) return DATA_FIELDS[collection] ?? [];
  if (!parentPath) return KIND_FIELDS[collection];
  const list = parentPath.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? '';
  return ITEM_FIELDS[list] ?? [];
}

/** "a progress post", "an entry of commitments.yaml" … */
function ownerWords(collection: string, parentPath: string): string {
  if (parentPath) return `an entry of "${parentPath.replace(/\.\d+$/, '')}"`;
  return isKind(collection) ? `posts in ${collection}/` : `the entries of ${collection}.yaml`;
}

/** Explains one schema issue in the comms team's words (one issue may name several fields). */
export function explainIssue(issue: SchemaIssue, collection: string): Explained[] {
  const { path, message } = issue;
  const help = helpFor(path);
  const unrecognised = /^Unrecognized keys?: (.+)$/m.exec(message);
  if (unrecognised) {
    const keys = [...unrecognised[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    return keys.map((key) => {
      const suggestion = closestName(key, knownNames(collection, path));
      return {
        field: path ? `${path}.${key}` : key,
        what: `"${key}" is not a field of ${ownerWords(collection, path)}`,
        fix: suggestion
          ? `did you mean "${suggestion}"? Rename it, or delete the line`
          : 'delete the line, or check its spelling against the fields in PUBLISHING.md',
      };
    });
  }
  if (/^Required$|^Did not match union\.\n> Required$|expected \w+, received undefined/i.test(message)) {
    const addition = help ? `add it${eg(path)} (${help.help.replace(/\.$/, '')})` : 'add it (see the other entries of the file)';
    return [{ field: path, what: 'is missing', fix: addition }];
  }
  const typed = /Expected type `"?([^`"]+)"?`, received `"?([^`"]+)"?`/.exec(message);
  if (typed && !message.startsWith('Did not match union')) {
    const [, expected, received] = typed;
    return [
      {
        field: path,
        what: `should be ${TYPE_WORDS[expected!] ?? expected} but is ${TYPE_WORDS[received!] ?? received}`,
        fix: typeFix(expected!, path),
      },
    ];
  }
  if (message.startsWith('Did not match union')) {
    const received = /> Received `(.+)`/.exec(message)?.[1];
    return [
      {
        field: path,
        what: `${received ? `${received} ` : ''}is not a valid value`,
        fix: help ? `${help.help.replace(/\.$/, '')}${eg(path)}` : 'compare with the other entries',
      },
    ];
  }
  const tooSmall = /^Too small: expected (\w+) to (?:have|be) >=?(\d+)/.exec(message);
  if (tooSmall) {
    const [, type, size] = tooSmall;
    if (type === 'string') return [{ field: path, what: 'is empty', fix: `write the text${eg(path)}` }];
    if (type === 'array') {
      return [{ field: path, what: `needs at least ${size} entr${size === '1' ? 'y' : 'ies'}`, fix: `add one${eg(path)}` }];
    }
    return [{ field: path, what: `is too small (the least allowed is ${size})`, fix: `use ${size} or more` }];
  }
  const tooBig = /^Too big: expected (\w+) to (?:have|be) <=?(\d+)/.exec(message);
  if (tooBig) {
    const [, type, size] = tooBig;
    if (type === 'string') return [{ field: path, what: `is too long (at most ${size} characters)`, fix: 'shorten it' }];
    if (type === 'array') return [{ field: path, what: `has too many entries (at most ${size})`, fix: 'remove some' }];
    return [{ field: path, what: `is too big (the most allowed is ${size})`, fix: `use ${size} or less` }];
  }
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option) {
    const values = [...option[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    return [{ field: path, what: 'is not one of the allowed values', fix: `use one of: ${values.join(', ')}` }];
  }
  if (/expected int, received number/i.test(message)) {
    return [{ field: path, what: 'must be a whole number', fix: `remove the decimals${eg(path)}` }];
  }
  const [what, rest] = splitSentence(message);
  const fix = rest || (help ? `${help.help.replace(/\.$/, '')}${eg(path)}` : 'see PUBLISHING.md');
  // A value left as TODO by `npm run new` is a placeholder, not a misspelling.
  if (new RegExp(`"${TODO}\\b`).test(what)) return [{ field: path, what: `still has the placeholder "${TODO}"`, fix }];
  return [{ field: path, what, fix }];
}

/** Explains a YAML syntax error (frontmatter or data file) by its js-yaml reason. */
export function explainYamlError(reason: string): Omit<Explained, 'field'> {
  const what = `the frontmatter is not valid YAML (${reason.split('\n')[0]})`;
  if (/bad indentation of a mapping entry|incomplete explicit mapping pair|a key is missing/i.test(reason)) {
    return {
      what,
      fix: 'if the value contains a colon (:) put it in double quotes; otherwise line this line up with the fields around it (spaces, not tabs)',
    };
  }
  if (/quoted scalar|multiline key|missed comma|unexpected end of the stream/i.test(reason)) {
    return { what, fix: 'a quote (") or bracket ([) is not closed: close it on the same line' };
  }
  if (/duplicated mapping key/i.test(reason)) {
    return { what, fix: 'the same field appears twice: keep one of them' };
  }
  if (/tab characters/i.test(reason)) return { what, fix: 'indent with spaces, not tabs' };
  if (/end of the stream or a document separator is expected/i.test(reason)) {
    return { what, fix: 'there is text after a closing quote or the frontmatter is not closed: end it with a line of three hyphens (---)' };
  }
  return {
    what,
    fix: 'write each field as name: value, put text with a colon or # in double quotes, and indent list entries with two spaces and a hyphen',
  };
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

/** The help sentence for a field (for TODO placeholders). */
export function fieldHelpText(path: string): string {
  return helpFor(path)?.help ?? FIELD_HELP[path]?.help ?? '';
}
